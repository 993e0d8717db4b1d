using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.RevealMyNumber;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Security.MyNumbers;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>R-34 and R-21: encrypted per tenant, revealed only with permission, every attempt audited, key deletion is final.</summary>
public sealed class MyNumberProtectionTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Fact]
    public async Task Reveal_WithoutPermission_IsForbiddenAndAudited()
    {
        var (tenant, employee, _) = await EmployeeWithNumberAsync("mn-denied", 1);
        factory.AccessPolicy.Allow = false;

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employee.Value), tenant));

        var audit = await AuditAsync(tenant, AuditAction.MyNumberRevealDenied);
        Assert.Equal(employee, audit.SubjectEmployeeId);
    }

    [Fact]
    public async Task Reveal_WithPermission_ReturnsDigitsAndAuditsWhoWhoseWhen()
    {
        var (tenant, employee, digits) = await EmployeeWithNumberAsync("mn-allowed", 2);
        factory.AccessPolicy.Allow = true;
        try
        {
            var before = DateTime.UtcNow.AddSeconds(-1);
            var revealed = await factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employee.Value), tenant);

            Assert.Equal(digits, revealed.Digits);
            Assert.DoesNotContain(digits, revealed.ToString(), StringComparison.Ordinal);
            var audit = await AuditAsync(tenant, AuditAction.MyNumberRevealed);
            Assert.Equal(employee, audit.SubjectEmployeeId);
            Assert.True(audit.OccurredAtUtc >= before);
            Assert.Null(audit.Detail);
        }
        finally
        {
            factory.AccessPolicy.Allow = false;
        }
    }

    [Fact]
    public async Task Reveal_AfterTenantKeyDeleted_IsUnreadableForGood()
    {
        var (tenant, employee, _) = await EmployeeWithNumberAsync("mn-shred", 3);
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.TenantDataKeys.RemoveRange(await db.TenantDataKeys.ToListAsync());
            await db.SaveChangesAsync();
        }

        factory.AccessPolicy.Allow = true;
        try
        {
            var first = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employee.Value), tenant));

            // Registering another number creates a new key; the old ciphertext stays unreadable under it.
            await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E900", myNumber: MyNumbers.Valid(900)))), tenant);
            var second = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employee.Value), tenant));

            Assert.Equal("my_number.unreadable", first.Code);
            Assert.Equal("my_number.unreadable", second.Code);
        }
        finally
        {
            factory.AccessPolicy.Allow = false;
        }
    }

    [Fact]
    public async Task Reveal_CiphertextCopiedFromAnotherTenant_IsUnreadable()
    {
        var (tenantA, employeeA, _) = await EmployeeWithNumberAsync("mn-copy-a", 4);
        var (tenantB, employeeB, _) = await EmployeeWithNumberAsync("mn-copy-b", 5);
        byte[] stolen;
        await using (var scope = factory.TenantScope(tenantA))
        {
            stolen = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.SingleAsync()).MyNumberCiphertext!;
        }

        await using (var scope = factory.TenantScope(tenantB))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var target = await db.Employees.SingleAsync();
            db.Entry(target).Property(e => e.MyNumberCiphertext).CurrentValue = stolen;
            await db.SaveChangesAsync();
        }

        factory.AccessPolicy.Allow = true;
        try
        {
            var error = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employeeB.Value), tenantB));
            Assert.Equal("my_number.unreadable", error.Code);
        }
        finally
        {
            factory.AccessPolicy.Allow = false;
        }
    }

    [Fact]
    public async Task Reveal_EmployeeOfAnotherTenant_IsNotFound()
    {
        var (_, employeeA, _) = await EmployeeWithNumberAsync("mn-idor-a", 6);
        var tenantB = await factory.NewTenantAsync("mn-idor-b");
        factory.AccessPolicy.Allow = true;
        try
        {
            await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employeeA.Value), tenantB));
        }
        finally
        {
            factory.AccessPolicy.Allow = false;
        }
    }

    [Fact]
    public async Task MasterKeyFile_IsCreatedReadableByOwnerOnly()
    {
        await EmployeeWithNumberAsync("mn-keyfile", 7);

        var path = Path.Combine(factory.KeyDirectory, MasterKeyProvider.FileName);
        Assert.True(File.Exists(path));
        Assert.Equal(32, Convert.FromBase64String(await File.ReadAllTextAsync(path)).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task TenantDataKey_IsStoredWrappedOnePerTenant()
    {
        var (tenant, _, _) = await EmployeeWithNumberAsync("mn-wrapped", 8);
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E002", myNumber: MyNumbers.Valid(88)))), tenant);

        await using var scope = factory.TenantScope(tenant);
        var key = await scope.ServiceProvider.GetRequiredService<AppDbContext>().TenantDataKeys.SingleAsync();
        Assert.Equal(TenantDataKey.WrappedKeyLength, key.WrappedKey.Length);
    }

    private async Task<(TenantId Tenant, EmployeeId Employee, string Digits)> EmployeeWithNumberAsync(string slug, long seed)
    {
        var tenant = await factory.NewTenantAsync(slug);
        var digits = MyNumbers.Valid(seed * 1_000_003);
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: digits))), tenant);
        Assert.True(result.Applied);
        await using var scope = factory.TenantScope(tenant);
        var employee = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.SingleAsync();
        return (tenant, employee.Id, digits);
    }

    private async Task<AuditEntry> AuditAsync(TenantId tenant, AuditAction action)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == action);
    }
}
