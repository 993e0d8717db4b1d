using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;

namespace YearEndAdjustment.UnitTests.Application.Employees.Csv;

public sealed class CsvHeaderMapTests
{
    [Fact]
    public void Build_AnyOrderAliasesAndFullWidth_FindsColumns()
    {
        var (map, errors, warnings) = Build("入社日", "生年月日", "ﾌﾘｶﾞﾅ", "従業員番号", "氏名", "メール アドレス", "備考");

        Assert.Empty(errors);
        Assert.Equal("備考", Assert.Single(warnings).Column);
        Assert.Equal("x@y.jp", map.Cell(new CsvRecord(2, ["", "", "", "E1", "", "x@y.jp", ""], CsvRecordProblem.None), EmployeeCsvLayout.Email));
        Assert.Equal("E1", map.Cell(new CsvRecord(2, ["", "", "", "E1", "", "", ""], CsvRecordProblem.None), EmployeeCsvLayout.Number));
        Assert.False(map.Has(EmployeeCsvLayout.MyNumber));
    }

    [Fact]
    public void Build_MissingRequiredAndDuplicate_AreErrors()
    {
        var (_, errors, _) = Build("社員番号", "氏名", "氏名", "フリガナ", "入社日");

        Assert.Contains(errors, e => e.Column == "生年月日" && e.Message.Contains("必須", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Column == "氏名" && e.Message.Contains("2回以上", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NoKnownColumn_PointsAtEncodingOrSeparator()
    {
        var (_, errors, _) = Build("a;b;c");

        Assert.Contains("文字コード", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    private static (CsvHeaderMap Map, List<CsvImportIssue> Errors, List<CsvImportIssue> Warnings) Build(params string[] header)
    {
        var errors = new List<CsvImportIssue>();
        var warnings = new List<CsvImportIssue>();
        var map = CsvHeaderMap.Build(new CsvRecord(1, header, CsvRecordProblem.None), EmployeeCsvLayout.Columns, errors, warnings);
        return (map, errors, warnings);
    }
}
