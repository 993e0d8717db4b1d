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

    /// <summary>The stamps of one or more years in one statement (one index seek each), as "ticks|ticks|…" in the given order.</summary>
    public static async Task<string> ReadAsync(IAppDbContext db, IReadOnlyList<int> taxYears, CancellationToken cancellationToken)
    {
        IQueryable<Newest>? all = null;
        foreach (var taxYear in taxYears)
        {
            var year = new TaxYear(taxYear);
            var newest = db.Declarations.AsNoTracking().Where(d => d.TaxYear == year)
                .OrderByDescending(d => d.UpdatedAtUtc).Select(d => new Newest { Year = d.TaxYear, UpdatedAtUtc = d.UpdatedAtUtc }).Take(1);
            all = all is null ? newest : all.Concat(newest);
        }

        var found = all is null ? [] : await all.ToListAsync(cancellationToken);
        return string.Join('|', taxYears.Select(y => found.Where(f => f.Year.Value == y).Select(f => f.UpdatedAtUtc.Ticks).FirstOrDefault()));
    }

    /// <summary>A row of the union: a member-initialised class, which EF Core can union (a tuple it cannot).</summary>
    private sealed class Newest
    {
        public TaxYear Year { get; init; }

        public DateTime UpdatedAtUtc { get; init; }
    }
}
