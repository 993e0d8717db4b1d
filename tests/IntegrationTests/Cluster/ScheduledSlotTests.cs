using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.IntegrationTests.Jobs;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Cluster;

/// <summary>
/// Issue 14 / ADR 0014, 0051: two nodes on one PostgreSQL database reach the same maintenance slot at the same moment;
/// the ledger's unique (job, slot) key lets each scheduled job run on one of them only.
/// </summary>
public sealed class ScheduledSlotTests
{
    private static readonly DateTimeOffset InSlot = new(2026, 12, 7, 17, 5, 0, TimeSpan.Zero); // Tue 02:05 JST

    [Fact]
    public async Task TwoNodesAtOneSlot_RunEachScheduledJobOnce_OnPostgreSql()
    {
        await using var a = new SlotNode(null);
        _ = a.Services; // migrated before B joins
        await using var b = new SlotNode(a);

        var ran = await Task.WhenAll(
            Task.Run(() => a.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None)),
            Task.Run(() => b.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None)));
        var again = await a.Services.GetRequiredService<ScheduledJobRunner>().RunDueJobsAsync(CancellationToken.None);

        await using var db = a.OpenDetachedContext();
        var ledger = await db.Set<JobRun>().AsNoTracking().Where(r => r.SlotKey == "2026-12-08").ToListAsync();
        var runs = ran[0].Concat(ran[1]).ToList();
        Assert.NotEmpty(runs);
        Assert.Equal(runs.Count, runs.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(runs.Order(StringComparer.Ordinal), ledger.Select(r => r.JobName).Order(StringComparer.Ordinal));
        Assert.All(ledger, r => Assert.Equal((1, true), (r.Attempts, r.CompletedAtUtc is not null)));
        Assert.Empty(again);
    }

    /// <summary>A node with its clock in the slot, on PostgreSQL; with <c>first</c>, on that node's database.</summary>
    private sealed class SlotNode(YeaWebApplicationFactory? first) : AccessLogRetentionTests.FactoryBase(InSlot)
    {
        protected override bool OnPostgreSql => true;

        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?>(base.Settings);
                if (first is not null)
                {
                    settings["ConnectionStrings:Default"] = first.ConnectionString;
                    settings["Security:KeyDirectory"] = first.MasterKeyFolder;
                    settings["Demo:CreateOnFirstStart"] = "false";
                }

                return settings;
            }
        }
    }
}
