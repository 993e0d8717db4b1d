using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>
/// ADR 0060: a counter on the tenant's row that every change to one of its accounts or sessions moves, in SaveChanges
/// itself, so no use case can forget it. Each request reads it with the settings version (one statement), and a node
/// may keep a session's row while it is unchanged.
/// </summary>
internal static class SessionsVersion
{
    public const string Column = "SessionsVersion";

    // What a sign-in attempt or a code check writes; the session check reads none of it.
    private static readonly HashSet<string> AccountNoise =
    [
        nameof(Account.FailedSignInCount), nameof(Account.LockedUntilUtc), nameof(Account.LastSignInAtUtc),
        nameof(Account.LastTwoFactorStep), nameof(Account.Version),
    ];

    public static bool Covers(Type type) => type == typeof(Account) || type == typeof(UserSession);

    /// <summary>The tenants whose accounts or sessions this save changes (null when none); a new row changes nothing cached.</summary>
    public static HashSet<TenantId>? ChangedTenants(ChangeTracker tracker, bool detect)
    {
        HashSet<TenantId>? tenants = null;
        foreach (var entry in tracker.Entries<Account>())
        {
            if (Matters(entry, AccountNoise, detect))
            {
                (tenants ??= []).Add(entry.Entity.TenantId);
            }
        }

        foreach (var entry in tracker.Entries<UserSession>())
        {
            if (Matters(entry, SessionNoise, detect))
            {
                (tenants ??= []).Add(entry.Entity.TenantId);
            }
        }

        return tenants;
    }

    // Activity is written once a minute by a conditional update and never cached as a fact (a node re-reads before refusing).
    private static readonly HashSet<string> SessionNoise = [nameof(UserSession.LastSeenAtUtc)];

    private static bool Matters(EntityEntry entry, HashSet<string> noise, bool detect)
    {
        if (detect)
        {
            entry.DetectChanges();
        }

        return entry.State switch
        {
            EntityState.Deleted => true,
            EntityState.Modified => entry.Properties.Any(p => p.IsModified && !noise.Contains(p.Metadata.Name)),
            _ => false,
        };
    }

    public static async Task BumpAsync(AppDbContext db, HashSet<TenantId> tenants, CancellationToken cancellationToken)
    {
        foreach (var tenant in tenants)
        {
            await db.Tenants.Where(t => t.Id == tenant)
                .ExecuteUpdateAsync(s => s.SetProperty(t => EF.Property<int>(t, Column), t => EF.Property<int>(t, Column) + 1), cancellationToken);
        }
    }

    public static void Bump(AppDbContext db, HashSet<TenantId> tenants)
    {
        foreach (var tenant in tenants)
        {
            db.Tenants.Where(t => t.Id == tenant)
                .ExecuteUpdate(s => s.SetProperty(t => EF.Property<int>(t, Column), t => EF.Property<int>(t, Column) + 1));
        }
    }
}
