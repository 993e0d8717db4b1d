using System.Text;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ExportTenantData;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.ImportPayrollTotals;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
using YearEndAdjustment.Application.Employees.PreviewPayrollTotalsImport;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>
/// R-12 in every CSV path: a limited admin scoped to D01 can neither change, move, create nor probe employees of
/// other departments through a file, and exports only what they may see (outside review, issue 9 item 1).
/// </summary>
public sealed class DepartmentScopeImportTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    private const string ShortHeader = "社員番号,氏名,フリガナ,生年月日,入社日,部署コード";
    private const string PayrollHeader = "社員番号,給与支給額,賞与支給額,源泉徴収税額,社会保険料等,前職支払金額,前職源泉徴収税額,前職社会保険料等";
    private const Permission Manage = Permission.ManageEmployees;

    [Theory]
    [InlineData("D02")] // rename in place
    [InlineData("D01")] // pull into the admin's own department
    public async Task LimitedAdmin_RowForEmployeeOfAnotherDepartment_IsAnErrorThatRevealsNothing(string department)
    {
        var tenant = await SeedAsync("scope-take-" + department.ToLowerInvariant());
        var file = $"0002,乗っ取り 花子,ノットリ ハナコ,1990/12/31,2015/04/01,{department}";

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Utf8(ShortHeader, file)), tenant, Manage, "D01");
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(ShortHeader, file)), tenant, Manage, "D01");

        Assert.False(preview.IsValid);
        var error = Assert.Single(preview.Errors);
        Assert.Equal((2L, "社員番号", EmployeeImportPlanner.OutOfScopeNumber), (error.Line, error.Column, error.Message));
        Assert.Equal((0, 0, 0, 0), (preview.Added, preview.Changed, preview.Unchanged, preview.ToDisable));
        Assert.Empty(preview.Items);
        Assert.False(result.Applied);
        Assert.Equal(error, Assert.Single(result.Errors));
        Assert.Equal(("鈴木 花子", "D02"), await StoredAsync(tenant, "0002"));
    }

    [Fact]
    public async Task LimitedAdmin_NewEmployeeOutsideTheScope_IsAnErrorOnTheDepartmentColumn()
    {
        var tenant = await SeedAsync("scope-new");

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(ShortHeader,
            "0003,新人 一郎,シンジン イチロウ,1999/01/01,2026/04/01,D01",
            "0004,新人 二郎,シンジン ジロウ,1999/02/02,2026/04/01,D09")), tenant, Manage, "D01");

        Assert.False(result.Applied);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3L, "部署コード"), (error.Line, error.Column));
        Assert.Null(await StoredAsync(tenant, "0003"));
        Assert.Null(await StoredAsync(tenant, "0004"));
    }

    [Fact]
    public async Task LimitedAdmin_OwnDepartment_StillImports()
    {
        var tenant = await SeedAsync("scope-own");

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(ShortHeader,
            "0001,佐藤 一朗,サトウ イチロウ,1980/01/01,2005/04/01,D01",
            "0005,新人 三郎,シンジン サブロウ,1999/03/03,2026/04/01,D01")), tenant, Manage, "D01");

        Assert.True(result.Applied, string.Join(" / ", result.Errors));
        Assert.Equal((1, 1), (result.Added, result.Changed));
        Assert.Equal(("新人 三郎", "D01"), await StoredAsync(tenant, "0005"));
    }

    [Fact]
    public async Task LimitedAdmin_PayrollTotalsForAnotherDepartment_AreRefused_AsIfUnknown()
    {
        var tenant = await SeedAsync("scope-payroll");
        var file = CsvText.Utf8(PayrollHeader, "0001,4000000,0,100000,500000,,,", "0002,5000000,0,120000,600000,,,");

        var preview = await factory.SendAsync<PayrollTotalsImportPreview>(new PreviewPayrollTotalsImportQuery(file, 2026), tenant, Manage, "D01");
        var result = await factory.SendAsync<PayrollTotalsImportResult>(
            new ImportPayrollTotalsCommand(CsvText.Utf8(PayrollHeader, "0001,4000000,0,100000,500000,,,", "0002,5000000,0,120000,600000,,,"), 2026),
            tenant, Manage, "D01");
        var unknown = await factory.SendAsync<PayrollTotalsImportPreview>(
            new PreviewPayrollTotalsImportQuery(CsvText.Utf8(PayrollHeader, "0099,1,0,0,0,,,"), 2026), tenant, Manage, "D01");

        var error = Assert.Single(preview.Errors);
        Assert.Equal((3L, "社員番号"), (error.Line, error.Column));
        Assert.Equal(Assert.Single(unknown.Errors).Message, error.Message);
        Assert.False(result.Applied);
        await using var scope = factory.TenantScope(tenant);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().PayrollTotals.CountAsync());
    }

    [Fact]
    public async Task LimitedAdmin_EmployeeExport_HoldsOnlyTheirDepartments()
    {
        var tenant = await SeedAsync("scope-export");
        using var destination = new MemoryStream();

        var result = await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(destination, CsvTextEncoding.Utf8), tenant,
            Permission.ManageEmployees | Permission.ExportData, "D01");

        var text = Encoding.UTF8.GetString(destination.ToArray());
        Assert.Equal(1, result.RowCount);
        Assert.Contains("0001,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0002,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("鈴木", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LimitedAdmin_WithDepartments_CannotTakeTheFullExport()
    {
        var tenant = await SeedAsync("scope-full");

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<TenantExportResult>(
            new ExportTenantDataCommand(new MemoryStream()), tenant, Permission.ExportData, "D01"));
    }

    [Fact]
    public async Task LimitedAdmin_WithoutAccountPermission_UserIdColumns_AreAPreviewErrorNamingTheColumn()
    {
        var tenant = await SeedAsync("scope-ids");
        var header = ShortHeader + ",ログインID,権限,初期パスワード";
        var row = "0006,新人 四郎,シンジン シロウ,1999/04/04,2026/04/01,D01,shinjin4,一般,quiet river stone bridge";

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Utf8(header, row)), tenant, Manage, "D01");
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(header, row)), tenant, Manage, "D01");

        Assert.False(preview.IsValid);
        var error = Assert.Single(preview.Errors);
        Assert.Equal((2L, "ログインID"), (error.Line, error.Column));
        Assert.Contains("アカウント管理", error.Message, StringComparison.Ordinal);
        Assert.False(result.Applied);
        Assert.Equal(error, Assert.Single(result.Errors));
        Assert.Null(await StoredAsync(tenant, "0006"));
    }

    /// <summary>0001 in D01 and 0002 in D02, imported by a full admin.</summary>
    private async Task<TenantId> SeedAsync(string slug)
    {
        var tenant = await factory.NewTenantAsync(slug);
        var seeded = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(ShortHeader,
            "0001,佐藤 一郎,サトウ イチロウ,1980/01/01,2005/04/01,D01",
            "0002,鈴木 花子,スズキ ハナコ,1985/05/05,2010/04/01,D02")), tenant);
        Assert.True(seeded.Applied, string.Join(" / ", seeded.Errors));
        return tenant;
    }

    private async Task<(string Name, string? Department)?> StoredAsync(TenantId tenant, string number)
    {
        await using var scope = factory.TenantScope(tenant);
        var employee = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Number == Domain.Employees.EmployeeNumber.Create(number));
        return employee is null ? null : (employee.Name, employee.DepartmentCode);
    }
}
