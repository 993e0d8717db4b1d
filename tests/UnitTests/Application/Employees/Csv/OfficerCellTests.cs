using YearEndAdjustment.Application.Employees.Import;

namespace YearEndAdjustment.UnitTests.Application.Employees.Csv;

// 役員区分 cells (ADR 0052): what other products write maps to the flag; anything else is not guessed.
public sealed class OfficerCellTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("役員", true)]
    [InlineData("TRUE", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData("一般", false)]
    [InlineData("false", false)]
    [InlineData("社長", null)]
    [InlineData("2", null)]
    public void ParseOfficer_KnownValues_AndNullOtherwise(string cell, bool? expected) =>
        Assert.Equal(expected, EmployeeRowParser.ParseOfficer(cell));

    [Fact]
    public void FormatOfficer_WritesWhatParseReadsBack()
    {
        Assert.True(EmployeeRowParser.ParseOfficer(EmployeeRowParser.FormatOfficer(true)));
        Assert.False(EmployeeRowParser.ParseOfficer(EmployeeRowParser.FormatOfficer(false)));
    }
}
