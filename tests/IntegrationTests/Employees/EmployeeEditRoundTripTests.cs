using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
using YearEndAdjustment.Application.Employees.UpdateEmployee;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>
/// Issue 9 item 8: what the edit screen stores is what an import of the same text stores, so the promise of
/// ADR 0023 (export, then import, changes nothing) holds after a manual edit too.
/// </summary>
public sealed class EmployeeEditRoundTripTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Theory]
    [InlineData("a", "=HYPERLINK(1)")]
    [InlineData("b", "+81 3")]
    [InlineData("c", "-1")]
    [InlineData("d", "@SUM(A1)")]
    [InlineData("e", "\t=1+1")]
    public async Task Edit_ValueThatStartsAFormula_IsRefusedOnItsField_AndNothingIsSaved(string slug, string address)
    {
        var (tenant, employee) = await OneEmployeeAsync("edit-formula-" + slug);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsync<UpdateEmployeeResult>(Edit(employee, address: address), tenant));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("Address", Messages.Get(MessageKeys.ValidationFormulaStart)), (error.PropertyName, error.ErrorMessage));
        Assert.Equal(employee.Address, (await LoadAsync(tenant)).Address);
    }

    [Fact]
    public async Task Edit_WideAndHalfWidthText_IsStoredAsTheImportWould_SoExportThenImportChangesNothing()
    {
        var (tenant, employee) = await OneEmployeeAsync("edit-roundtrip");

        await factory.SendAsync<UpdateEmployeeResult>(Edit(employee, name: "山田　太郎", kana: "ﾔﾏﾀﾞ ﾀﾛｳ", postalCode: "１０００００１", address: "東京都　千代田区１－１"), tenant);
        using var exported = new MemoryStream();
        await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported, CsvTextEncoding.Utf8), tenant);
        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(new MemoryStream(exported.ToArray())), tenant);

        var stored = await LoadAsync(tenant);
        Assert.Equal(("山田 太郎", "ヤマダ タロウ", "100-0001"), (stored.Name, stored.NameKana, stored.PostalCode));
        Assert.True(preview.IsValid, string.Join(" / ", preview.Errors));
        Assert.Equal((0, 0, 1), (preview.Added, preview.Changed, preview.Unchanged));
    }

    private static UpdateEmployeeCommand Edit(Employee e, string? name = null, string? kana = null, string? postalCode = null, string? address = null) =>
        new(e.Id.Value, e.Version, name ?? e.Name, kana ?? e.NameKana, e.BirthDate, e.Gender, postalCode ?? e.PostalCode, address ?? e.Address,
            e.HireDate, e.LeaveDate, e.DepartmentCode, e.DepartmentName, e.Email);

    private async Task<(TenantId Tenant, Employee Employee)> OneEmployeeAsync(string slug)
    {
        var tenant = await factory.NewTenantAsync(slug);
        var imported = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"))), tenant);
        Assert.True(imported.Applied);
        return (tenant, await LoadAsync(tenant));
    }

    private async Task<Employee> LoadAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().SingleAsync();
    }
}
