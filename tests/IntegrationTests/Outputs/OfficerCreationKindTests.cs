using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;
using YearEndAdjustment.Application.Outputs.GetMunicipalitySummary;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Results;

namespace YearEndAdjustment.IntegrationTests.Outputs;

/// <summary>
/// 作成区分 from the master's 役員 flag (ADR 0052; forms-and-formats.md §3.5, NTA Tax Answer No.7411): an adjusted
/// officer paid 3,000,000 (over the officers' 1,500,000, under the employees' 5,000,000) goes to the tax office too (2);
/// the same person not an officer goes to the municipality only (1). The 総括表 figures count the same way.
/// </summary>
public sealed class OfficerCreationKindTests
{
    // 2025 layout: 作成区分 is the last of 147 columns (UnifiedCsvLayout).
    private const int CreationKind = 146;

    [Fact]
    public async Task Officer_BelowTheEmployeeThreshold_ButAboveTheOfficers_IsKind2_AndAsAnEmployeeKind1()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("officer-kind");
        var seeded = await factory.SeedAsync(tenant, 2, [2025]);
        var person = seeded.Approved[0];
        await SlipArchiveTests.RunAsync(factory, tenant, admin);
        var salary = (await factory.ResultsAsync(tenant)).Single(r => r.EmployeeId == person).SalaryTotal;
        Assert.InRange(salary, 1_500_001, 5_000_000);

        await SetOfficerAsync(factory, tenant, person, true);
        Assert.Equal("2", (await RecordsAsync(factory, tenant, admin))[0][CreationKind]);
        var summary = await factory.SendAsAsync<MunicipalitySummaryDto>(new GetMunicipalitySummaryQuery(2025), tenant, admin);
        Assert.Equal(1, summary.Rows.Sum(m => m.TaxOfficeCopies));

        await SetOfficerAsync(factory, tenant, person, false);
        Assert.Equal("1", (await RecordsAsync(factory, tenant, admin))[0][CreationKind]);
        summary = await factory.SendAsAsync<MunicipalitySummaryDto>(new GetMunicipalitySummaryQuery(2025), tenant, admin);
        Assert.Equal(0, summary.Rows.Sum(m => m.TaxOfficeCopies));
    }

    private static async Task<string[][]> RecordsAsync(CalculationRunTests.Factory factory, TenantId tenant, AccountId admin)
    {
        using var output = new MemoryStream();
        await factory.SendAsAsync<UnifiedCsvExportResult>(new ExportUnifiedCsvCommand(2025, output), tenant, admin);
        return System.Text.Encoding.ASCII.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();
    }

    private static async Task SetOfficerAsync(CalculationRunTests.Factory factory, TenantId tenant, EmployeeId id, bool officer)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var employee = await db.Employees.SingleAsync(e => e.Id == id);
        Assert.True(employee.SetOfficer(officer, factory.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}
