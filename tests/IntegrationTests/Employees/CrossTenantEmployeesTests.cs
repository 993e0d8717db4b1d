using System.Text;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>R-01 for the employees module: imports and exports in tenant A never read or write tenant B, bulk path included.</summary>
public sealed class CrossTenantEmployeesTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Fact]
    public async Task Import_SameEmployeeNumbersInTwoTenants_LeavesOtherTenantUntouched()
    {
        var a = await factory.NewTenantAsync("x-import-a");
        var b = await factory.NewTenantAsync("x-import-b");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", departmentName: "B社総務"))), b);

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", departmentName: "A社人事"), CsvText.Row("E002"))), a);

        Assert.Equal(2, result.Added);
        await using var scopeB = factory.TenantScope(b);
        var employeesOfB = await scopeB.ServiceProvider.GetRequiredService<AppDbContext>().Employees.ToListAsync();
        Assert.Equal("B社総務", Assert.Single(employeesOfB).DepartmentName);
        Assert.Equal(1, employeesOfB[0].Version);
    }

    [Fact]
    public async Task Export_InTenantA_ContainsOnlyTenantAEmployees()
    {
        var a = await factory.NewTenantAsync("x-export-a");
        var b = await factory.NewTenantAsync("x-export-b");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("A001"))), a);
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("B001"), CsvText.Row("B002"))), b);

        var exported = new MemoryStream();
        var result = await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported, CsvTextEncoding.Utf8), a);

        var text = Encoding.UTF8.GetString(exported.ToArray());
        Assert.Equal(1, result.RowCount);
        Assert.Contains("A001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("B00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkWriter_EntityOfAnotherTenant_IsRefusedAndWritesNothing()
    {
        var a = await factory.NewTenantAsync("x-bulk-a");
        var b = await factory.NewTenantAsync("x-bulk-b");
        var profile = EmployeeProfile.Create("山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2000, 4, 1), null, null, null, null);
        var changes = new BulkChangeSet();
        changes.Insert(Employee.Register(b, EmployeeNumber.Create("OK1"), profile, DateTime.UtcNow));
        changes.Insert(Employee.Register(a, EmployeeNumber.Create("EVIL"), profile, DateTime.UtcNow));

        await using (var scope = factory.TenantScope(b))
        {
            await Assert.ThrowsAsync<TenantIsolationException>(() => scope.ServiceProvider.GetRequiredService<IBulkWriter>().ApplyAsync(changes));
        }

        await using var system = factory.SystemScope();
        Assert.Equal(0, await system.ServiceProvider.GetRequiredService<AppDbContext>().Employees
            .IgnoreQueryFilters([AppDbContext.TenantFilter]).CountAsync(e => e.TenantId == a || e.TenantId == b));
    }

    [Fact]
    public async Task BulkWriter_UpdateOfStaleVersion_FailsWholeSet()
    {
        var tenant = await factory.NewTenantAsync("x-bulk-stale");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"))), tenant);
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var employee = await db.Employees.AsNoTracking().SingleAsync();
        var profile = EmployeeProfile.Create("山田 次郎", "ヤマダ ジロウ", employee.BirthDate, employee.Gender, null, null, employee.HireDate, null, null, null, null);
        employee.UpdateProfile(profile, DateTime.UtcNow);
        var changes = new BulkChangeSet();
        changes.Insert(Employee.Register(tenant, EmployeeNumber.Create("E002"), profile, DateTime.UtcNow));
        changes.Update(employee, originalVersion: 99);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => scope.ServiceProvider.GetRequiredService<IBulkWriter>().ApplyAsync(changes));

        Assert.Equal(["E001"], await db.Employees.AsNoTracking().Select(e => e.Number.Value).ToListAsync());
    }
}
