using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.Support;

/// <summary>
/// The department codes of a tenant's employees, for the list's filter (ADR 0029). Reading them is a scan of every
/// employee, so the list is kept per tenant and reused while the tenant's newest employee change (an index seek) is
/// unchanged, and never longer than <see cref="MaxAge"/>: that bounds the one case the stamp misses, a long import
/// whose rows carry a time older than a change committed while it ran.
/// </summary>
public sealed class DepartmentListCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<TenantId, Entry> _entries = new();

    public async Task<IReadOnlyList<string>> GetAsync(IAppDbContext db, IRequestLookups lookups, TenantId tenant, CancellationToken cancellationToken)
    {
        var stamp = await lookups.NewestEmployeeChangeAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (_entries.TryGetValue(tenant, out var entry) && entry.Stamp == stamp && now - entry.LoadedAtUtc < MaxAge)
        {
            return entry.Departments;
        }

        var departments = await db.Employees.AsNoTracking()
            .Where(e => e.DepartmentCode != null)
            .Select(e => e.DepartmentCode!)
            .Distinct()
            .OrderBy(d => d)
            .ToListAsync(cancellationToken);
        _entries[tenant] = new Entry(stamp, now, departments);
        return departments;
    }

    private sealed record Entry(DateTime? Stamp, DateTime LoadedAtUtc, IReadOnlyList<string> Departments);
}
