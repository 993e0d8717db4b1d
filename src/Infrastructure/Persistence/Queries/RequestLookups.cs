using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// Per-request reads compiled once (ADR 0028): no expression-tree work and no query-cache lookup per request. The
/// named tenant filter still applies; it reads the context's tenant at execution time.
/// </summary>
internal sealed class RequestLookups(AppDbContext db) : IRequestLookups
{
    public Task<SessionLookup?> FindSessionAsync(Guid sessionId, CancellationToken cancellationToken) => db switch
    {
        SqliteAppDbContext c => For<SqliteAppDbContext>.Session(c, sessionId),
        PostgreSqlAppDbContext c => For<PostgreSqlAppDbContext>.Session(c, sessionId),
        SqlServerAppDbContext c => For<SqlServerAppDbContext>.Session(c, sessionId),
        _ => throw new NotSupportedException(db.GetType().Name),
    };

    public Task<RequestVersions> VersionsAsync(CancellationToken cancellationToken)
    {
        // The tenant row always exists for a bound tenant; the settings row may not (defaults apply).
        var tenant = db.CurrentTenantId;
        return db switch
        {
            SqliteAppDbContext c => For<SqliteAppDbContext>.Versions(c, tenant),
            PostgreSqlAppDbContext c => For<PostgreSqlAppDbContext>.Versions(c, tenant),
            SqlServerAppDbContext c => For<SqlServerAppDbContext>.Versions(c, tenant),
            _ => throw new NotSupportedException(db.GetType().Name),
        };
    }

    public async Task<DateTime?[]> NewestDeclarationChangesAsync(IReadOnlyList<int> taxYears, CancellationToken cancellationToken)
    {
        var result = new DateTime?[taxYears.Count];
        var tenant = db.CurrentTenantId;

        // Four years a statement (the catalogue holds three); short statements repeat their last year (its answer unused).
        for (var start = 0; start < taxYears.Count; start += 4)
        {
            TaxYear At(int i) => new(taxYears[Math.Min(start + i, taxYears.Count - 1)]);
            var newest = await (db switch
            {
                SqliteAppDbContext c => For<SqliteAppDbContext>.NewestChanges(c, tenant, At(0), At(1), At(2), At(3)),
                PostgreSqlAppDbContext c => For<PostgreSqlAppDbContext>.NewestChanges(c, tenant, At(0), At(1), At(2), At(3)),
                SqlServerAppDbContext c => For<SqlServerAppDbContext>.NewestChanges(c, tenant, At(0), At(1), At(2), At(3)),
                _ => throw new NotSupportedException(db.GetType().Name),
            });
            DateTime?[] four = newest is null ? new DateTime?[4] : [newest.A, newest.B, newest.C, newest.D];
            for (var i = 0; i < 4 && start + i < taxYears.Count; i++)
            {
                result[start + i] = four[i];
            }
        }

        return result;
    }

    public Task<DateTime?> NewestEmployeeChangeAsync(CancellationToken cancellationToken) => db switch
    {
        SqliteAppDbContext c => For<SqliteAppDbContext>.NewestEmployeeChange(c),
        PostgreSqlAppDbContext c => For<PostgreSqlAppDbContext>.NewestEmployeeChange(c),
        SqlServerAppDbContext c => For<SqlServerAppDbContext>.NewestEmployeeChange(c),
        _ => throw new NotSupportedException(db.GetType().Name),
    };

    public Task<Declaration?> FindDeclarationAsync(EmployeeId employeeId, int taxYear, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        return db switch
        {
            SqliteAppDbContext c => For<SqliteAppDbContext>.Declaration(c, employeeId, year),
            PostgreSqlAppDbContext c => For<PostgreSqlAppDbContext>.Declaration(c, employeeId, year),
            SqlServerAppDbContext c => For<SqlServerAppDbContext>.Declaration(c, employeeId, year),
            _ => throw new NotSupportedException(db.GetType().Name),
        };
    }

    /// <summary>
    /// One set of compiled queries per provider's context: a compiled query is bound to the model it first ran with,
    /// and each provider has its own model (one process may hold two, e.g. the tests).
    /// </summary>
    private static class For<TContext>
        where TContext : AppDbContext
    {
        public static readonly Func<TContext, Guid, Task<SessionLookup?>> Session = EF.CompileAsyncQuery(
            (TContext c, Guid sessionId) => c.UserSessions.AsNoTracking()
                .Where(s => s.Id == sessionId)
                .Join(c.Accounts.AsNoTracking(), s => s.AccountId, a => a.Id, (s, a) => new SessionLookup(
                    s.Id, a.Id.Value, s.SecurityStamp, s.LastSeenAtUtc, s.ExpiresAtUtc, s.RevokedAtUtc, a.SecurityStamp, a.IsDisabled,
                    a.LoginId.Value, a.DisplayName, a.Role, a.Permissions, a.Departments, a.MustChangePassword, a.TwoFactorEnabled,
                    a.PreferredCulture, a.EmployeeId))
                .FirstOrDefault());

        public static readonly Func<TContext, TenantId, Task<RequestVersions>> Versions = EF.CompileAsyncQuery(
            (TContext c, TenantId tenant) => c.Tenants.AsNoTracking()
                .Where(t => t.Id == tenant)
                .Select(t => new RequestVersions(
                    c.TenantSettings.Select(s => (int?)s.Version).FirstOrDefault() ?? -1,
                    EF.Property<int>(t, SessionsVersion.Column)))
                .FirstOrDefault());

        public static readonly Func<TContext, Task<DateTime?>> NewestEmployeeChange = EF.CompileAsyncQuery(
            (TContext c) => c.Employees.AsNoTracking().Max(e => (DateTime?)e.UpdatedAtUtc));

        // The (tenant, employee, year) unique index: at most one row.
        public static readonly Func<TContext, EmployeeId, TaxYear, Task<Declaration?>> Declaration = EF.CompileAsyncQuery(
            (TContext c, EmployeeId employeeId, TaxYear year) => c.Declarations.AsNoTracking()
                .FirstOrDefault(d => d.EmployeeId == employeeId && d.TaxYear == year));

        // MAX over the (tenant, year, UpdatedAtUtc, id) index: one seek per year, and no expression tree to build.
        public static readonly Func<TContext, TenantId, TaxYear, TaxYear, TaxYear, TaxYear, Task<NewestFour?>> NewestChanges = EF.CompileAsyncQuery(
            (TContext c, TenantId tenant, TaxYear a, TaxYear b, TaxYear y3, TaxYear y4) => c.Tenants.AsNoTracking()
                .Where(t => t.Id == tenant)
                .Select(t => new NewestFour(
                    c.Declarations.Where(d => d.TaxYear == a).Max(d => (DateTime?)d.UpdatedAtUtc),
                    c.Declarations.Where(d => d.TaxYear == b).Max(d => (DateTime?)d.UpdatedAtUtc),
                    c.Declarations.Where(d => d.TaxYear == y3).Max(d => (DateTime?)d.UpdatedAtUtc),
                    c.Declarations.Where(d => d.TaxYear == y4).Max(d => (DateTime?)d.UpdatedAtUtc)))
                .FirstOrDefault());
    }

    private sealed record NewestFour(DateTime? A, DateTime? B, DateTime? C, DateTime? D);
}
