namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>The rows of a precompiled query (which returns an async stream) as a list.</summary>
internal static class CompiledRows
{
    public static async Task<List<T>> ReadAllAsync<T>(this IAsyncEnumerable<T> rows, int capacity, CancellationToken cancellationToken)
    {
        var list = new List<T>(capacity);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }
}
