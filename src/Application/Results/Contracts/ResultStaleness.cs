using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.Contracts;

/// <summary>
/// Staleness as expressions EF translates to SQL (ADR 0039): a result is current when the declaration still has the
/// version it was computed from, the payroll total still has its version and update time, and the employee's leave
/// date is unchanged. Each is an index seek per row, so a list of 100,000 filters and counts without computing
/// anything. Use inside Where/Count over the tenant-filtered sets of the same <paramref name="db"/>.
/// </summary>
public static class ResultStaleness
{
    public static Expression<Func<YearEndResult, bool>> IsCurrent(IAppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var declarations = db.Declarations;
        var payroll = db.PayrollTotals;
        var employees = db.Employees;
        return r => declarations.Any(d => d.Id == r.DeclarationId && d.Version == r.DeclarationVersion)
            && payroll.Any(p => p.EmployeeId == r.EmployeeId && p.TaxYear == r.TaxYear && p.Version == r.PayrollVersion && p.UpdatedAtUtc == r.PayrollUpdatedAtUtc)
            && employees.Any(e => e.Id == r.EmployeeId && e.LeaveDate == r.LeaveDate);
    }

    public static Expression<Func<YearEndResult, bool>> IsStale(IAppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var declarations = db.Declarations;
        var payroll = db.PayrollTotals;
        var employees = db.Employees;
        return r => !declarations.Any(d => d.Id == r.DeclarationId && d.Version == r.DeclarationVersion)
            || !payroll.Any(p => p.EmployeeId == r.EmployeeId && p.TaxYear == r.TaxYear && p.Version == r.PayrollVersion && p.UpdatedAtUtc == r.PayrollUpdatedAtUtc)
            || !employees.Any(e => e.Id == r.EmployeeId && e.LeaveDate == r.LeaveDate);
    }

    /// <summary>For the declaration list's "changed since last calculation": the declaration has a result that is stale.</summary>
    public static Expression<Func<Declaration, bool>> ChangedSinceCalculation(IAppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = db.YearEndResults.Where(IsStale(db));
        return d => stale.Any(r => r.EmployeeId == d.EmployeeId && r.TaxYear == d.TaxYear);
    }

    /// <summary>For "not calculated yet": the declaration has no result at all for its year.</summary>
    public static Expression<Func<Declaration, bool>> NotCalculated(IAppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var results = db.YearEndResults;
        return d => !results.Any(r => r.EmployeeId == d.EmployeeId && r.TaxYear == d.TaxYear);
    }

    /// <summary>
    /// Refuses an export of a year's results while any result in the user's scope is stale (<c>results.stale_export</c>,
    /// with the count): a file handed on must never mix last week's figures in.
    /// </summary>
    public static async Task RequireNoneStaleAsync(IAppDbContext db, ICurrentUser user, TaxYear year, CancellationToken cancellationToken)
    {
        var stale = await ResultScope.Visible(db.YearEndResults.AsNoTracking(), db, user)
            .Where(r => r.TaxYear == year)
            .Where(IsStale(db))
            .CountAsync(cancellationToken);
        if (stale > 0)
        {
            throw new DomainRuleViolationException(MessageKeys.ResultsStaleExport, Messages.Rule(MessageKeys.ResultsStaleExport, stale));
        }
    }
}
