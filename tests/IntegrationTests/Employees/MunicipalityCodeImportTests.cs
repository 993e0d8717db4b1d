using System.Text;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

// The 市区町村コード column (提出先市町村コード of the 統一CSV): imported with its check digit verified, kept when a later
// file lacks the column, cleared by an empty cell, and exported in the template's last column.
public sealed class MunicipalityCodeImportTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Fact]
    public async Task Import_StoresTheCode_KeepsItWithoutTheColumn_AndExportsIt()
    {
        var tenant = await factory.NewTenantAsync("muni-import");

        var first = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", municipality: "１３１０１６"))), tenant);
        var withoutColumn = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(CsvText.Utf8("社員番号,氏名,フリガナ,生年月日,入社日", "E001,山田 太郎,ヤマダ タロウ,1985/04/01,2010/04/01")), tenant);

        Assert.True(first.Applied, string.Join(" / ", first.Errors));
        Assert.True(withoutColumn.Applied, string.Join(" / ", withoutColumn.Errors));
        Assert.Equal("131016", await CodeAsync(tenant, "E001"));

        var exported = new MemoryStream();
        await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported), tenant);
        var lines = Encoding.UTF8.GetString(exported.ToArray().AsSpan(3)).Split("\r\n");
        Assert.EndsWith(",131016,0", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ChangedAndClearedCodes_AreChanges()
    {
        var tenant = await factory.NewTenantAsync("muni-change");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", municipality: "131016"))), tenant);

        var changed = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", municipality: "271004"))), tenant);
        Assert.Equal(1, changed.Changed);
        Assert.Equal("271004", await CodeAsync(tenant, "E001"));

        var cleared = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"))), tenant);
        Assert.Equal(1, cleared.Changed);
        Assert.Null(await CodeAsync(tenant, "E001"));
    }

    [Fact]
    public async Task Import_WrongCheckDigit_IsRefusedOnItsColumn()
    {
        var tenant = await factory.NewTenantAsync("muni-bad");

        var result = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", municipality: "131017"))), tenant);

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.Line == 2 && e.Column == "市区町村コード");
        Assert.Null(await CodeAsync(tenant, "E001"));
    }

    private async Task<string?> CodeAsync(Domain.SharedKernel.TenantId tenant, string number)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Employees.Where(e => e.Number == Domain.Employees.EmployeeNumber.Create(number)).Select(e => e.MunicipalityCode).SingleOrDefaultAsync();
    }
}
