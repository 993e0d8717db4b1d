using Microsoft.EntityFrameworkCore;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// Lists count their matches only up to a limit (ADR 0029): "more than N" costs at most N+1 index entries, where an
/// exact COUNT(*) would read every row of a 100,000-employee tenant on every page.
/// </summary>
public static class BoundedCount
{
    /// <summary>The number of matches, at most <paramref name="limit"/>; <c>More</c> when there are more than that.</summary>
    public static async Task<(int Count, bool More)> CountAsync<T>(IQueryable<T> query, int limit, CancellationToken cancellationToken)
    {
        var count = await query.Take(limit + 1).CountAsync(cancellationToken);
        return count > limit ? (limit, true) : (count, false);
    }

    /// <summary>The page to show: at least 1, at most the last page the bounded count can reach.</summary>
    public static int ClampPage(int page, int pageSize, int limit) => Math.Clamp(page, 1, Math.Max(1, limit / pageSize));
}
