using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// R-11 without an admin: once every Japan day, weekends included (a Saturday leaver must not keep access until
/// Monday's maintenance window; R-22 binds retention and purge jobs only, ADR 0048), from the first poll after
/// midnight, the accounts linked to employees whose 退職日 is today or earlier are disabled and their sessions end,
/// across all tenants. The ADMIN ID is never disabled. Running twice changes nothing: disabled accounts are no
/// longer selected.
/// </summary>
internal sealed class LeaverAccountsJob : IScheduledJob
{
    private const int Batch = 500;

    public string Name => "leaver-accounts";

    public string? SlotAt(DateTime utcNow, string? maintenanceSlot) =>
        JapanTime.DateOf(utcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = JapanTime.DateOf(nowUtc);
        var db = scope.GetRequiredService<AppDbContext>();
        long disabled = 0;
        while (true)
        {
            var leavers = db.Employees.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Where(e => e.LeaveDate != null && e.LeaveDate <= today)
                .Select(e => (EmployeeId?)e.Id);
            var due = await db.Accounts.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Where(a => !a.IsDisabled && !a.IsAdminId && a.EmployeeId != null && leavers.Contains(a.EmployeeId))
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return disabled;
            }

            var ids = due.Select(a => a.Id).ToList();
            var sessions = await db.UserSessions.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Where(s => ids.Contains(s.AccountId) && s.RevokedAtUtc == null).ToListAsync(cancellationToken);
            sessions.ForEach(s => s.Revoke(nowUtc));
            due.ForEach(a => a.Disable(nowUtc));
            await db.SaveChangesAsync(cancellationToken);

            // Let go of this batch only: the runner's ledger claim is tracked by the same context.
            foreach (var entity in due.Cast<object>().Concat(sessions))
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            disabled += due.Count;
        }
    }
}
