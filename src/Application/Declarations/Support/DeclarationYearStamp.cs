using YearEndAdjustment.Application.Abstractions;

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
    public static async Task<string> ReadAsync(IRequestLookups lookups, IReadOnlyList<int> taxYears, CancellationToken cancellationToken)
    {
        var newest = await lookups.NewestDeclarationChangesAsync(taxYears, cancellationToken);
        return string.Join('|', newest.Select(n => n?.Ticks ?? 0));
    }
}
