using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees.Support;

/// <summary>The employee edit page's fields as the samples' employee 0001 fills them, with the form's version and token.</summary>
public static class EmployeeEditForm
{
    public static Dictionary<string, string> Fields(string form, string departmentCode, string? departmentName = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Version"] = ImportPages.HiddenValue(form, "Version"),
            ["Name"] = "山田 太郎",
            ["NameKana"] = "ヤマダ タロウ",
            ["BirthDate"] = "1985-04-01",
            ["Gender"] = "Male",
            ["HireDate"] = "2010-04-01",
            ["DepartmentCode"] = departmentCode,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(form),
        };
        if (departmentName is not null)
        {
            fields["DepartmentName"] = departmentName;
        }

        return fields;
    }
}
