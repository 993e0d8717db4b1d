using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.Support;

/// <summary>
/// The newest change to any declaration of a year (ADR 0049): one seek on the year's UpdatedAtUtc index. Every change
/// of a declaration's status, warnings or forms moves it, on whichever node it was saved, so a read model derived from
/// the year's declarations and kept under this stamp is exact for them.
/// </summary>
public static class DeclarationYearStamp
{
    /// <summary>
    /// The bound for what the stamp does not cover: an employee moved to another department in the master, with no
    /// declaration changed. Read models kept under the stamp are also kept no longer than this.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public static async Task<long> ReadAsync(IAppDbContext db, int taxYear, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        var newest = await db.Declarations.AsNoTracking().Where(d => d.TaxYear == year)
            .OrderByDescending(d => d.UpdatedAtUtc).Select(d => (DateTime?)d.UpdatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return newest?.Ticks ?? 0;
    }
}
