using System.Text;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

// The 役員区分 column (ADR 0052): 1 / 0 (and the aliases other products write) imported, kept when a later file lacks
// the column, exported as the template's last column, and an export imported again changes nothing.
public sealed class OfficerImportTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    private const string Header = CsvText.TemplateHeader;

    [Fact]
    public async Task Import_StoresTheFlag_ExportWritesIt_AndTheExportImportsWithoutChanges()
    {
        var tenant = await factory.NewTenantAsync("officer-roundtrip");
        var first = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(
            Header, CsvText.Row("E001") + ",1", CsvText.Row("E002") + ",0", CsvText.Row("E003") + ",役員")), tenant);
        Assert.True(first.Applied, string.Join(" / ", first.Errors));
        Assert.Equal([true, false, true], [await OfficerAsync(tenant, "E001"), await OfficerAsync(tenant, "E002"), await OfficerAsync(tenant, "E003")]);

        var exported = new MemoryStream();
        await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported), tenant);
        var lines = Encoding.UTF8.GetString(exported.ToArray().AsSpan(3)).Split("\r\n");
        Assert.EndsWith(",市区町村コード,役員区分", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",1", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",0", lines[2], StringComparison.Ordinal);

        var again = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(new MemoryStream(exported.ToArray())), tenant);
        Assert.True(again.Applied, string.Join(" / ", again.Errors));
        Assert.Equal(0, again.Changed);
        Assert.Equal(3, again.Unchanged);

        // A file without the column keeps the flag; the English header changes it.
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"))), tenant);
        Assert.True(await OfficerAsync(tenant, "E001"));
        var english = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header + ",Officer", CsvText.Row("E001") + ",0")), tenant);
        Assert.Equal(1, english.Changed);
        Assert.False(await OfficerAsync(tenant, "E001"));
    }

    [Fact]
    public async Task Import_UnknownValue_IsRefusedOnItsLineAndColumn_AndNothingIsStored()
    {
        var tenant = await factory.NewTenantAsync("officer-bad");

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(
            Header, CsvText.Row("E001") + ",1", CsvText.Row("E002") + ",社長")), tenant);

        Assert.False(result.Applied);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3L, error.Line);
        Assert.Equal("役員区分", error.Column);
        Assert.Null(await OfficerAsync(tenant, "E001"));
    }

    private async Task<bool?> OfficerAsync(Domain.SharedKernel.TenantId tenant, string number)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Employees.Where(e => e.Number == Domain.Employees.EmployeeNumber.Create(number)).Select(e => (bool?)e.IsOfficer).SingleOrDefaultAsync();
    }
}
