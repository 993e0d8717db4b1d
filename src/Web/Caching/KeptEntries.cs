using System.Collections.Concurrent;

namespace YearEndAdjustment.Web.Caching;

/// <summary>
/// Answers a node keeps by an exact text for a short time, at most <c>capacity</c> of them: past that the whole set is
/// dropped and refilled from live traffic. Simple and bounded, so a flood of new texts (made-up slugs, forged cookies)
/// cannot grow memory; used for verified sign-in tickets and for slugs that name no tenant (ADR 0062).
/// </summary>
public sealed class KeptEntries<TValue>(int capacity, TimeSpan maxAge, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private int _added;

    public int Count => _kept.Count;

    public bool TryGet(string key, out TValue value)
    {
        if (_kept.TryGetValue(key, out var kept) && clock.GetUtcNow() - kept.At < maxAge)
        {
            value = kept.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string key, TValue value)
    {
        if (Interlocked.Increment(ref _added) > capacity)
        {
            Interlocked.Exchange(ref _added, 0);
            _kept.Clear();
        }

        _kept[key] = new Kept(value, clock.GetUtcNow());
    }

    private sealed record Kept(TValue Value, DateTimeOffset At);
}
