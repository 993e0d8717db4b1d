using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.ImportPayrollTotals;
using YearEndAdjustment.Application.Employees.PreviewPayrollTotalsImport;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>Y-02: payroll totals per tax year, same rules as the employee import.</summary>
public sealed class PayrollTotalsImportTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    private const string Header = "社員番号,給与支給額,賞与支給額,源泉徴収税額,社会保険料等,前職支払金額,前職源泉徴収税額,前職社会保険料等";

    [Fact]
    public async Task Import_SampleFile_StoresAmountsAndReRunChangesNothing()
    {
        var tenant = await TenantWithSampleEmployeesAsync("pay-sample");

        var first = await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Sample("payroll-totals-2025-utf8.csv"), 2025), tenant);
        var again = await factory.SendAsync<PayrollTotalsImportPreview>(new PreviewPayrollTotalsImportQuery(CsvText.Sample("payroll-totals-2025-utf8.csv"), 2025), tenant);

        Assert.True(first.Applied, string.Join(" / ", first.Errors));
        Assert.Equal(3, first.Added);
        Assert.Equal((0, 0, 3), (again.Added, again.Changed, again.Unchanged));
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sato = await db.Employees.SingleAsync(e => e.Name == "佐藤 花子");
        var total = await db.PayrollTotals.SingleAsync(p => p.EmployeeId == sato.Id);
        Assert.Equal(new TaxYear(2025), total.TaxYear);
        Assert.Equal((3_600_000L, 900_000L, 98_700L, 648_000L), (total.SalaryPaid.Value, total.BonusPaid.Value, total.TaxWithheld.Value, total.SocialInsuranceWithheld.Value));
        Assert.Equal((1_200_000L, 35_000L, 180_000L), (total.PreviousEmployersSalaryPaid.Value, total.PreviousEmployersTaxWithheld.Value, total.PreviousEmployersSocialInsurance.Value));
    }

    [Fact]
    public async Task Import_AliasHeadersAndChangedAmount_UpdatesOnlyThatYear()
    {
        var tenant = await TenantWithSampleEmployeesAsync("pay-alias");
        await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Utf8(Header, "0001,100,0,10,20,,,"), 2024), tenant);
        await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Utf8(Header, "0001,100,0,10,20,,,"), 2025), tenant);

        var result = await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Sjis(
            "従業員番号,支払金額（給与）,源泉所得税額,社会保険料", "0001,２００,10,20"), 2025), tenant);

        Assert.Equal((0, 1, 0), (result.Added, result.Changed, result.Unchanged));
        await using var scope = factory.TenantScope(tenant);
        var salaries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PayrollTotals
            .OrderBy(p => p.TaxYear).Select(p => p.SalaryPaid).ToListAsync();
        Assert.Equal([new Yen(100), new Yen(200)], salaries);
    }

    [Theory]
    [InlineData("9999,100,0,10,20,,,", "社員番号", "登録されていません")]
    [InlineData("0001,-100,0,10,20,,,", "給与支給額", "0以上の整数")]
    [InlineData("0001,1.5,0,10,20,,,", "給与支給額", "0以上の整数")]
    [InlineData("0001,100,0,=1+1,20,,,", "源泉徴収税額", "0以上の整数")]
    public async Task Import_BadRow_ReportsColumnAndWritesNothing(string row, string column, string message)
    {
        var tenant = await TenantWithSampleEmployeesAsync("pay-bad-" + Math.Abs(row.GetHashCode(StringComparison.Ordinal) % 100000));

        var result = await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Utf8(Header, "0002,1,0,0,0,,,", row), 2025), tenant);

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal));
        await using var scope = factory.TenantScope(tenant);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().PayrollTotals.CountAsync());
    }

    [Fact]
    public async Task Import_DuplicateEmployeeAndWrongYearColumn_AreRefused()
    {
        var tenant = await TenantWithSampleEmployeesAsync("pay-dup");

        var result = await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Utf8(
            "社員番号,年分,給与支給額,源泉徴収税額,社会保険料等", "0001,2025,1,0,0", "0001,2025,2,0,0", "0002,2024,1,0,0"), 2025), tenant);

        Assert.Contains(result.Errors, e => e is { Line: 3, Column: "社員番号" });
        Assert.Contains(result.Errors, e => e is { Line: 4, Column: "年分" });
    }

    [Fact]
    public async Task Import_InTenantA_NeverSeesEmployeesOfTenantB()
    {
        var b = await TenantWithSampleEmployeesAsync("pay-x-b");
        var a = await factory.NewTenantAsync("pay-x-a");

        var result = await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Utf8(Header, "0001,100,0,10,20,,,"), 2025), a);

        Assert.False(result.Applied);
        Assert.Contains("登録されていません", result.Errors.Single().Message, StringComparison.Ordinal);
        await using var scope = factory.TenantScope(b);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().PayrollTotals.CountAsync());
    }

    private async Task<TenantId> TenantWithSampleEmployeesAsync(string slug)
    {
        var tenant = await factory.NewTenantAsync(slug);
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Sample("employees-utf8.csv")), tenant);
        return tenant;
    }
}
