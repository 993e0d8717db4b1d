using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// Per-request reads compiled once (ADR 0028): no expression-tree work and no query-cache lookup per request. The
/// named tenant filter still applies; it reads the context's tenant at execution time.
/// </summary>
internal sealed class RequestLookups(AppDbContext db) : IRequestLookups
{
    private static readonly Func<AppDbContext, Guid, Task<SessionLookup?>> Session = EF.CompileAsyncQuery(
        (AppDbContext c, Guid sessionId) => c.UserSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Join(c.Accounts.AsNoTracking(), s => s.AccountId, a => a.Id, (s, a) => new SessionLookup(
                s.Id, a.Id.Value, s.SecurityStamp, s.LastSeenAtUtc, s.ExpiresAtUtc, s.RevokedAtUtc, a.SecurityStamp, a.IsDisabled,
                a.LoginId.Value, a.DisplayName, a.Role, a.Permissions, a.Departments, a.MustChangePassword, a.TwoFactorEnabled,
                a.PreferredCulture))
            .FirstOrDefault());

    private static readonly Func<AppDbContext, Task<int?>> Version = EF.CompileAsyncQuery(
        (AppDbContext c) => c.TenantSettings.AsNoTracking().Select(s => (int?)s.Version).FirstOrDefault());

    public Task<SessionLookup?> FindSessionAsync(Guid sessionId, CancellationToken cancellationToken) => Session(db, sessionId);

    public async Task<int> SettingsVersionAsync(CancellationToken cancellationToken) => await Version(db) ?? -1;
}
