using System.Net;
using System.Text.RegularExpressions;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>The family-member screens over HTTP with antiforgery: add, edit, remove; My Number never in the HTML except masked.</summary>
public sealed partial class FamilyMemberPagesTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task AddEditRemove_ThroughTheForms_ShowTheMyNumberOnlyMasked()
    {
        var (admin, _) = await factory.AdminClientAsync("fam-pages");
        var employee = await EmployeeAsync("fam-pages");
        var digits = MyNumbers.Valid(12_345_678);
        var details = await admin.GetStringAsync($"/fam-pages/admin/employees/{employee}");
        Assert.Contains($"/fam-pages/admin/employees/{employee}/family\"", details);

        var addForm = await admin.GetStringAsync($"/fam-pages/admin/employees/{employee}/family");
        var added = await admin.PostAsync($"/fam-pages/admin/employees/{employee}/family", Form(addForm, "山田 花子", "ヤマダ ハナコ", digits));
        var addedHtml = await added.Content.ReadAsStringAsync();
        Assert.Contains("家族を追加しました", addedHtml);
        Assert.Contains("山田 花子", addedHtml);
        Assert.Contains("<td class=\"num\">480,000</td>", addedHtml);
        Assert.DoesNotContain(digits, addedHtml);
        var memberId = MemberLink().Match(addedHtml).Groups[1].Value;
        Assert.NotEmpty(memberId);

        var editForm = await admin.GetStringAsync($"/fam-pages/admin/employees/{employee}/family/{memberId}");
        Assert.Contains("****-****-****", editForm);
        Assert.Contains("value=\"1987-05-05\"", editForm);
        Assert.Contains("value=\"480000\"", editForm);
        Assert.Contains("value=\"ヤマダ ハナコ\"", editForm);
        Assert.DoesNotContain(digits, editForm);
        Assert.DoesNotContain(digits[8..], editForm);
        var newDigits = MyNumbers.Valid(87_654_321);
        var rejected = await admin.PostAsync($"/fam-pages/admin/employees/{employee}/family/{memberId}", Form(editForm, "山田 花江", "Yamada Hanae", newDigits));
        var rejectedHtml = await rejected.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Matches("class=\"field-validation-error\"[^>]*>フリガナは全角カタカナで入力してください。<", rejectedHtml);
        Assert.Contains("value=\"山田 花江\"", rejectedHtml);
        Assert.DoesNotContain(newDigits, rejectedHtml);
        Assert.DoesNotContain(digits, rejectedHtml);

        var edited = await admin.PostAsync($"/fam-pages/admin/employees/{employee}/family/{memberId}", Form(editForm, "山田 花江", "ヤマダ ハナエ", ""));
        var editedHtml = await edited.Content.ReadAsStringAsync();
        Assert.Contains("保存しました", editedHtml);
        Assert.Contains("山田 花江", editedHtml);

        var confirm = await admin.GetStringAsync($"/fam-pages/admin/employees/{employee}/family/{memberId}/remove");
        Assert.Contains("山田 花江", confirm);
        var removed = await admin.PostAsync($"/fam-pages/admin/employees/{employee}/family/{memberId}/remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = Version(confirm),
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(confirm),
        }));
        var removedHtml = await removed.Content.ReadAsStringAsync();
        Assert.Contains("家族を削除しました", removedHtml);
        Assert.Contains("登録されている家族はいません", removedHtml);

        await using var scope = factory.SystemScope();
        var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.SubjectEmployeeId == new EmployeeId(employee)).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditAction.FamilyMemberAdded, AuditAction.FamilyMemberUpdated, AuditAction.FamilyMemberRemoved], actions.Order());
    }

    [Fact]
    public async Task StaleForm_ShowsTheConflictMessage()
    {
        var (admin, _) = await factory.AdminClientAsync("fam-pages-stale");
        var employee = await EmployeeAsync("fam-pages-stale");
        var form = await admin.GetStringAsync($"/fam-pages-stale/admin/employees/{employee}/family");

        await admin.PostAsync($"/fam-pages-stale/admin/employees/{employee}/family", Form(form, "山田 花子", "ヤマダ ハナコ", ""));
        var stale = await admin.PostAsync($"/fam-pages-stale/admin/employees/{employee}/family", Form(form, "山田 一郎", "ヤマダ イチロウ", ""));

        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("他の担当者が先に更新しました", html);
        Assert.DoesNotContain("山田 一郎</td>", await admin.GetStringAsync($"/fam-pages-stale/admin/employees/{employee}"));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRejected_AndAddsNothing()
    {
        var (admin, _) = await factory.AdminClientAsync("fam-pages-csrf");
        var employee = await EmployeeAsync("fam-pages-csrf");
        var form = await admin.GetStringAsync($"/fam-pages-csrf/admin/employees/{employee}/family");
        var fields = Fields(form, "山田 花子", "ヤマダ ハナコ", "");
        fields.Remove("__RequestVerificationToken");

        var response = await admin.PostAsync($"/fam-pages-csrf/admin/employees/{employee}/family", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("登録されている家族はいません", await admin.GetStringAsync($"/fam-pages-csrf/admin/employees/{employee}"));
    }

    [Fact]
    public async Task AdminOfAnotherTenant_GetsNotFound()
    {
        await factory.AdminClientAsync("fam-pages-a");
        var employee = await EmployeeAsync("fam-pages-a");
        var (intruder, _) = await factory.AdminClientAsync("fam-pages-b");
        var ownPage = await intruder.GetStringAsync("/fam-pages-b/admin/employees");

        var get = await intruder.GetAsync($"/fam-pages-b/admin/employees/{employee}/family");
        var post = await intruder.PostAsync($"/fam-pages-b/admin/employees/{employee}/family", new FormUrlEncodedContent(new Dictionary<string, string>(Fields(ownPage, "山田 花子", "ヤマダ ハナコ", ""))
        {
            ["Version"] = "1",
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var scope = factory.SystemScope();
        var employeeRow = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.IgnoreQueryFilters().SingleAsync(e => e.Id == new EmployeeId(employee));
        Assert.Empty(employeeRow.FamilyMembers);
    }

    [Fact]
    public async Task LettersInTheIncomeField_ShowAJapaneseMessageNextToIt_AndAddNothing()
    {
        var (admin, _) = await factory.AdminClientAsync("fam-binding");
        var employee = await EmployeeAsync("fam-binding");
        var addForm = await admin.GetStringAsync($"/fam-binding/admin/employees/{employee}/family");
        var fields = Fields(addForm, "山田 花子", "ヤマダ ハナコ", "");
        fields["EstimatedIncome"] = "四十八万";

        var response = await admin.PostAsync($"/fam-binding/admin/employees/{employee}/family", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("class=\"field-validation-error\"[^>]*>(半角の数字で入力してください。|入力された値が正しくありません。)<", html);
        Assert.DoesNotContain("is not valid", html);
        Assert.DoesNotContain("四十八万", html[html.IndexOf("field-validation-error", StringComparison.Ordinal)..]);
        await using var scope = factory.SystemScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.IgnoreQueryFilters().SingleAsync(e => e.Id == new EmployeeId(employee));
        Assert.Empty(stored.FamilyMembers);
    }

    private static FormUrlEncodedContent Form(string page, string name, string kana, string myNumber) => new(Fields(page, name, kana, myNumber));

    private static Dictionary<string, string> Fields(string page, string name, string kana, string myNumber) => new()
    {
        ["Version"] = VersionOrEmpty(page),
        ["Name"] = name,
        ["NameKana"] = kana,
        ["Relationship"] = "Spouse",
        ["BirthDate"] = "1987-05-05",
        ["Cohabiting"] = "true",
        ["Disability"] = "None",
        ["NonResident"] = "false",
        ["EstimatedIncome"] = "480000",
        ["MyNumber"] = myNumber,
        ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
    };

    private static string Version(string page)
    {
        var version = VersionOrEmpty(page);
        Assert.NotEmpty(version);
        return version;
    }

    private static string VersionOrEmpty(string page) => Html.FormVersion(page) ?? "";

    /// <summary>An employee imported into the tenant the admin client opened; returns its id.</summary>
    private async Task<Guid> EmployeeAsync(string slug)
    {
        TenantId tenant;
        await using (var scope = factory.SystemScope())
        {
            var slugValue = TenantSlug.Create(slug);
            tenant = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.SingleAsync(t => t.Slug == slugValue)).Id;
        }

        var imported = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"))), tenant);
        Assert.True(imported.Applied);
        await using var tenantScope = factory.TenantScope(tenant);
        return (await tenantScope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.SingleAsync()).Id.Value;
    }

    [GeneratedRegex("/admin/employees/[0-9a-f-]{36}/family/([0-9a-f-]{36})\"")]
    private static partial Regex MemberLink();
}
