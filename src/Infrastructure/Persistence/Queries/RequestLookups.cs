using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// Per-request reads compiled once (ADR 0028): no expression-tree work and no query-cache lookup per request. The
/// named tenant filter still applies; it reads the context's tenant at execution time. Generic over the provider's
/// context: a compiled query is bound to the model it first ran with, and each provider has its own model (one process
/// may hold two, e.g. the tests), so each closed type holds its own set; the registration picks the type once.
/// </summary>
internal sealed class RequestLookups<TContext>(TContext db, SqliteRequestReads? sqlite) : IRequestLookups
    where TContext : AppDbContext
{
    private static readonly Func<TContext, Guid, Task<SessionLookup?>> Session = EF.CompileAsyncQuery(
        (TContext c, Guid sessionId) => c.UserSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Join(c.Accounts.AsNoTracking(), s => s.AccountId, a => a.Id, (s, a) => new SessionLookup(
                s.Id, a.Id.Value, s.SecurityStamp, s.LastSeenAtUtc, s.ExpiresAtUtc, s.RevokedAtUtc, a.SecurityStamp, a.IsDisabled,
                a.LoginId.Value, a.DisplayName, a.Role, a.Permissions, a.Departments, a.MustChangePassword, a.TwoFactorEnabled,
                a.PreferredCulture, a.EmployeeId))
            .FirstOrDefault());

    private static readonly Func<TContext, TenantId, Task<RequestVersions>> Versions = EF.CompileAsyncQuery(
        (TContext c, TenantId tenant) => c.Tenants.AsNoTracking()
            .Where(t => t.Id == tenant)
            .Select(t => new RequestVersions(
                c.TenantSettings.Select(s => (int?)s.Version).FirstOrDefault() ?? -1,
                EF.Property<int>(t, SessionsVersion.Column)))
            .FirstOrDefault());

    private static readonly Func<TContext, Task<DateTime?>> NewestEmployeeChange = EF.CompileAsyncQuery(
        (TContext c) => c.Employees.AsNoTracking().Max(e => (DateTime?)e.UpdatedAtUtc));

    // The (tenant, employee, year) unique index: at most one row.
    private static readonly Func<TContext, EmployeeId, TaxYear, Task<Declaration?>> DeclarationOf = EF.CompileAsyncQuery(
        (TContext c, EmployeeId employeeId, TaxYear year) => c.Declarations.AsNoTracking()
            .FirstOrDefault(d => d.EmployeeId == employeeId && d.TaxYear == year));

    // MAX over the (tenant, year, UpdatedAtUtc, id) index: one seek per year, and no expression tree to build.
    private static readonly Func<TContext, TenantId, TaxYear, TaxYear, TaxYear, TaxYear, Task<NewestFour?>> NewestChanges = EF.CompileAsyncQuery(
        (TContext c, TenantId tenant, TaxYear a, TaxYear b, TaxYear y3, TaxYear y4) => c.Tenants.AsNoTracking()
            .Where(t => t.Id == tenant)
            .Select(t => new NewestFour(
                c.Declarations.Where(d => d.TaxYear == a).Max(d => (DateTime?)d.UpdatedAtUtc),
                c.Declarations.Where(d => d.TaxYear == b).Max(d => (DateTime?)d.UpdatedAtUtc),
                c.Declarations.Where(d => d.TaxYear == y3).Max(d => (DateTime?)d.UpdatedAtUtc),
                c.Declarations.Where(d => d.TaxYear == y4).Max(d => (DateTime?)d.UpdatedAtUtc)))
            .FirstOrDefault());

    private static readonly Func<TContext, EmployeeId, TaxYear, Task<PayrollAmounts?>> Payroll = EF.CompileAsyncQuery(
        (TContext c, EmployeeId employee, TaxYear year) => c.PayrollTotals.AsNoTracking()
            .Where(p => p.EmployeeId == employee && p.TaxYear == year)
            .Select(p => new PayrollAmounts(p.SalaryPaid, p.BonusPaid, p.TaxWithheld, p.SocialInsuranceWithheld,
                p.PreviousEmployersSalaryPaid, p.PreviousEmployersTaxWithheld, p.PreviousEmployersSocialInsurance))
            .SingleOrDefault());

    private (EmployeeId Employee, int Year, int Saves, Declaration? Declaration)? _lastDeclaration;

    public Task<SessionLookup?> FindSessionAsync(Guid sessionId, CancellationToken cancellationToken) => Session(db, sessionId);

    // The tenant row always exists for a bound tenant; the settings row may not (defaults apply).
    public Task<RequestVersions> VersionsAsync(CancellationToken cancellationToken) =>
        sqlite is null ? Versions(db, db.CurrentTenantId) : Task.FromResult(sqlite.Read(db.CurrentTenantId));

    public async Task<DateTime?[]> NewestDeclarationChangesAsync(IReadOnlyList<int> taxYears, CancellationToken cancellationToken)
    {
        if (sqlite is not null)
        {
            return sqlite.NewestDeclarationChanges(db.CurrentTenantId, taxYears);
        }

        // Four years a statement (the catalogue holds three); a short statement repeats its last year, whose answer is unused.
        var result = new DateTime?[taxYears.Count];
        for (var start = 0; start < taxYears.Count; start += 4)
        {
            TaxYear At(int i) => new(taxYears[Math.Min(start + i, taxYears.Count - 1)]);
            var newest = await NewestChanges(db, db.CurrentTenantId, At(0), At(1), At(2), At(3));
            DateTime?[] four = [newest?.A, newest?.B, newest?.C, newest?.D];
            four.AsSpan(0, Math.Min(4, taxYears.Count - start)).CopyTo(result.AsSpan(start));
        }

        return result;
    }

    public Task<DateTime?> NewestEmployeeChangeAsync(CancellationToken cancellationToken) =>
        sqlite is null ? NewestEmployeeChange(db) : Task.FromResult(sqlite.NewestEmployeeChange(db.CurrentTenantId));

    public async Task<Declaration?> FindDeclarationAsync(EmployeeId employeeId, int taxYear, CancellationToken cancellationToken)
    {
        // The summary asks twice in one request (its page, then its estimate): the answer stands until this scope saves.
        if (_lastDeclaration is { } last && last.Employee == employeeId && last.Year == taxYear && last.Saves == db.Saves)
        {
            return last.Declaration;
        }

        var found = sqlite is null ? await DeclarationOf(db, employeeId, new TaxYear(taxYear)) : sqlite.Declaration(db.CurrentTenantId, employeeId, taxYear);
        _lastDeclaration = (employeeId, taxYear, db.Saves, found);
        return found;
    }

    public async Task<Declaration?> FindDeclarationToChangeAsync(EmployeeId employeeId, int taxYear, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        if (db.Declarations.Local.FirstOrDefault(d => d.EmployeeId == employeeId && d.TaxYear == year) is { } tracked)
        {
            return tracked;
        }

        // The page's own read of this request, when nothing was saved since, is taken over rather than read again (the
        // step save: the page loads, then the command saves); no later ask gets the instance being changed.
        var taken = _lastDeclaration is { Declaration: { } kept } last && last.Employee == employeeId && last.Year == taxYear && last.Saves == db.Saves
            ? kept
            : null;
        _lastDeclaration = null;
        if (taken is null && sqlite is null)
        {
            return await db.Declarations.SingleOrDefaultAsync(d => d.EmployeeId == employeeId && d.TaxYear == year, cancellationToken);
        }

        // Attached unchanged: its values as read are the originals, so the update is guarded by the version read then.
        var read = taken ?? sqlite!.Declaration(db.CurrentTenantId, employeeId, taxYear);
        if (read is not null)
        {
            db.Declarations.Attach(read);
        }

        return read;
    }

    public Task<PayrollAmounts?> PayrollAmountsAsync(EmployeeId employeeId, int taxYear, CancellationToken cancellationToken) =>
        sqlite is null ? Payroll(db, employeeId, new TaxYear(taxYear)) : Task.FromResult(sqlite.Payroll(db.CurrentTenantId, employeeId, taxYear));

    private sealed record NewestFour(DateTime? A, DateTime? B, DateTime? C, DateTime? D);
}
