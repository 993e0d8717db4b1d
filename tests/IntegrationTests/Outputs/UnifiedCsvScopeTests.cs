using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Results;

namespace YearEndAdjustment.IntegrationTests.Outputs;

/// <summary>
/// The 統一CSV's scope and My Numbers after ADR 0054 (one projected read per range; the next range read on another
/// thread while this one is composed, decrypted and written): a limited admin gets only their departments, another
/// tenant never appears, and each record carries its own recipient's number, also across several read-ahead batches.
/// </summary>
public sealed class UnifiedCsvScopeTests
{
    [Fact]
    public async Task LimitedAdmin_GetsTheirDepartmentsOnly_NoOtherTenant_EachRecordWithItsOwnMyNumber_Audited()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("csv-scope");
        var (other, otherAdmin) = await factory.TenantWithAdminAsync("csv-scope-other");
        var seeded = await factory.SeedAsync(tenant, 7, [2025]);
        await factory.SeedAsync(other, 4, [2025]);
        var numbers = await SetMyNumbersAsync(factory, tenant, seeded.Approved);
        await SlipArchiveTests.RunAsync(factory, tenant, admin);
        await SlipArchiveTests.RunAsync(factory, other, otherAdmin);
        var limited = await factory.AccountAsync(tenant, "limited", AccountRole.LimitedAdmin, Permission.ExportData | Permission.ViewMyNumber, ["D1"]);

        using var output = new MemoryStream();
        var result = await factory.SendAsAsync<UnifiedCsvExportResult>(
            new ExportUnifiedCsvCommand(2025, output), tenant, limited, Permission.ExportData | Permission.ViewMyNumber, "D1");

        Assert.True(result.HasMyNumbers);
        Assert.Equal(seeded.ApprovedD1.Count, result.Summary.Records);
        var lines = Encoding.ASCII.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(seeded.ApprovedD1.Count, lines.Length);
        var inD1 = seeded.ApprovedD1.ToHashSet();
        foreach (var (id, (number, myNumber)) in numbers)
        {
            var records = lines.Where(l => l.Split(',').Contains(number)).ToList();
            if (inD1.Contains(id))
            {
                // The record of this employee number carries this employee's number and no one else's.
                var line = Assert.Single(records);
                Assert.Contains(myNumber, line);
                Assert.All(numbers.Values.Where(n => n.MyNumber != myNumber), n => Assert.DoesNotContain(n.MyNumber, line));
            }
            else
            {
                Assert.Empty(records);
                Assert.DoesNotContain(lines, l => l.Contains(myNumber, StringComparison.Ordinal));
            }
        }

        var audit = await factory.AuditAsync(tenant);
        Assert.Single(audit, a => a.Action == AuditAction.UnifiedCsvExportedWithMyNumbers && a.Detail == $"year=2025 rows={seeded.ApprovedD1.Count}");
        Assert.DoesNotContain(await factory.AuditAsync(other), a => a.Action is AuditAction.UnifiedCsvExported or AuditAction.UnifiedCsvExportedWithMyNumbers);
    }

    [Fact]
    public async Task ReadAhead_DecryptsWhileTheNextRangeIsRead_InOrder_WithEachEmployeesOwnNumber()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("csv-ahead");
        var seeded = await factory.SeedAsync(tenant, 7, [2025]);
        var numbers = await SetMyNumbersAsync(factory, tenant, seeded.Approved);
        await SlipArchiveTests.RunAsync(factory, tenant, admin);

        await using var scope = factory.TenantScope(tenant);
        var sp = scope.ServiceProvider;
        var reader = new YearSlipReader(sp.GetRequiredService<IAppDbContext>(), sp.GetRequiredService<ITenantContext>(), sp.GetRequiredService<IDeclarationFormsJson>(), sp.GetRequiredService<IOutputReadContexts>()) { BatchSize = 2 };
        var numberReader = sp.GetRequiredService<SlipMyNumberReader>();
        var read = new List<(string Number, string? MyNumber)>();
        var batches = 0;
        await foreach (var batch in reader.BatchesAsync(new AllRights(), 2025, readAhead: true, CancellationToken.None))
        {
            // Decrypted while the next range is being read on another thread, as the 統一CSV does.
            batches++;
            foreach (var slip in batch)
            {
                read.Add((slip.Employee.Number.Value, (await numberReader.ReadAsync(slip, CancellationToken.None)).Recipient));
            }
        }

        Assert.Equal(4, batches);
        Assert.Equal(numbers.Values.OrderBy(n => n.Number, StringComparer.Ordinal).Select(n => (n.Number, (string?)n.MyNumber)), read);
    }

    // A different valid My Number for each employee, set in the master; returns employee number and digits by id.
    private static async Task<Dictionary<EmployeeId, (string Number, string MyNumber)>> SetMyNumbersAsync(
        CalculationRunTests.Factory factory, TenantId tenant, IEnumerable<EmployeeId> ids)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IMyNumberProtector>();
        await protector.EnsureKeyAsync();
        var result = new Dictionary<EmployeeId, (string, string)>();
        var seed = 27_182_818_284L;
        foreach (var id in ids)
        {
            var digits = MyNumbers.Valid(seed++);
            var employee = await db.Employees.SingleAsync(e => e.Id == id);
            employee.SetMyNumber(await protector.ProtectAsync(MyNumber.Create(digits)), DateTime.UtcNow);
            result[id] = (employee.Number.Value, digits);
        }

        await db.SaveChangesAsync();
        return result;
    }

    private sealed class AllRights : ICurrentUser
    {
        public AccountId? AccountId => null;

        public Guid? SessionId => null;

        public AccountRole? Role => AccountRole.Admin;

        public Permission Permissions => Permission.All;

        public IReadOnlyList<string> Departments => [];
    }
}
