using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Results;

namespace YearEndAdjustment.IntegrationTests.Outputs;

/// <summary>
/// The whole-year reader (ADR 0052) gives the same slips as recalculating each one through <see cref="SlipLoader"/>:
/// the 統一CSV written from either is the same bytes, across several key-range batches, with a leaver and an employee
/// over 20,000,000 (not adjusted) among them; and a result that turns stale refuses the output.
/// </summary>
public sealed class YearSlipReaderTests
{
    [Fact]
    public async Task StoredFigures_GiveTheSameCsvBytesAsRecalculating_AcrossBatches_AndStaleIsRefused()
    {
        await using var factory = new CalculationRunTests.Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("year-reader");
        var seeded = await factory.SeedAsync(tenant, 7, [2025]);
        await SlipArchiveTests.LeaveAsync(factory, tenant, seeded.Approved[5], new DateOnly(2025, 9, 30));
        await SlipArchiveTests.RunAsync(factory, tenant, admin);

        await using (var scope = factory.TenantScope(tenant))
        {
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<IAppDbContext>();
            var user = new AllRights();
            var reader = new YearSlipReader(db, sp.GetRequiredService<ITenantContext>(), sp.GetRequiredService<IDeclarationFormsJson>(), sp.GetRequiredService<IOutputReadContexts>()) { BatchSize = 3 };
            Assert.Equal(seeded.Approved.Count, await reader.CountAsync(user, 2025, CancellationToken.None));

            var fromReader = new List<LoadedSlip>();
            await foreach (var batch in reader.BatchesAsync(user, 2025, readAhead: true, CancellationToken.None))
            {
                Assert.InRange(batch.Count, 1, 3);
                fromReader.AddRange(batch);
            }

            var loader = sp.GetRequiredService<SlipLoader>();
            var numbers = await sp.GetRequiredService<AppDbContext>().Employees.AsNoTracking()
                .Where(e => seeded.Approved.Contains(e.Id)).OrderBy(e => e.Number).Select(e => e.Id).ToListAsync();
            var recalculated = new List<LoadedSlip>();
            foreach (var id in numbers)
            {
                recalculated.Add(await loader.LoadAsync(id, 2025, publishedOnly: false, CancellationToken.None));
            }

            Assert.Equal(recalculated.Select(s => s.Employee.Id), fromReader.Select(s => s.Employee.Id));
            Assert.Contains(fromReader, s => s.Slip.JoinLeave?.Left == true);
            Assert.Contains(fromReader, s => !s.Slip.IsAdjusted);
            var header = new UnifiedCsvHeader(await db.GetPayerAsync(tenant, CancellationToken.None), 2025, null, null, null);
            var writer = sp.GetRequiredService<IUnifiedCsvWriter>();
            Assert.Equal(await CsvAsync(writer, header, recalculated), await CsvAsync(writer, header, fromReader));
        }

        await factory.ChangePayrollAsync(tenant, seeded.Approved[4], 2025);
        await using (var scope = factory.TenantScope(tenant))
        {
            var reader = new YearSlipReader(scope.ServiceProvider.GetRequiredService<IAppDbContext>(), scope.ServiceProvider.GetRequiredService<ITenantContext>(), scope.ServiceProvider.GetRequiredService<IDeclarationFormsJson>()) { BatchSize = 3 };
            var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(async () =>
            {
                await foreach (var batch in reader.BatchesAsync(new AllRights(), 2025, readAhead: true, CancellationToken.None))
                {
                    Assert.NotEmpty(batch);
                }
            });
            Assert.Equal("slips.stale", stale.Code);
        }
    }

    private static async Task<byte[]> CsvAsync(IUnifiedCsvWriter writer, UnifiedCsvHeader header, List<LoadedSlip> slips)
    {
        using var output = new MemoryStream();
        await writer.WriteAsync(header, Entries(slips), output, CancellationToken.None);
        return output.ToArray();
    }

    private static async IAsyncEnumerable<UnifiedCsvEntry> Entries(List<LoadedSlip> slips)
    {
        foreach (var slip in slips)
        {
            await Task.Yield();
            yield return new UnifiedCsvEntry(slip.Slip, slip.Employee.MunicipalityCode ?? string.Empty, null, IsOfficer: false, null);
        }
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
