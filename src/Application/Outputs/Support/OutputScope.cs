using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.Support;

/// <summary>
/// Which results a whole-year output (the 統一CSV, the ZIP of slips, the 総括表 figures) covers: the year's results in
/// the user's departments whose declaration is still approved, in employee-number order. Any stale result in scope
/// refuses the output as a whole, so a file the employer hands on never mixes last week's figures in.
/// </summary>
public static class OutputScope
{
    public static IQueryable<YearEndResult> Results(IAppDbContext db, ICurrentUser user, int taxYear)
    {
        var year = new TaxYear(taxYear);
        var approved = db.Declarations.Where(d => d.Status == DeclarationStatus.Approved).Select(d => d.Id);
        return ResultScope.Visible(db.YearEndResults.AsNoTracking(), db, user).Where(r => r.TaxYear == year && approved.Contains(r.DeclarationId));
    }

    /// <summary>Refuses with the count of stale results in the user's scope (<c>results.stale_export</c>).</summary>
    public static Task RequireCurrentAsync(IAppDbContext db, ICurrentUser user, int taxYear, CancellationToken cancellationToken) =>
        ResultStaleness.RequireNoneStaleAsync(db, user, new TaxYear(taxYear), cancellationToken);
}
