using System.Collections.Concurrent;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.Support;

/// <summary>
/// ADR 0060: the node's copy of session rows (joined to their accounts), each kept under the tenant's sessions version
/// it was read with. Every change to an account or a session moves that version in the database, and every request
/// reads it, so a sign-out, a disabled account or a password change on any node ends the session on the next request
/// everywhere. The age bound only covers writes that bypass the application (a crash between a save and its version
/// move, an operator's SQL).
/// </summary>
public sealed class SessionCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    // Entries of sessions nobody uses any more are swept after this many stores (not on a timer: idle nodes do nothing).
    private const int SweepEvery = 10_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private int _storesSinceSweep;

    public SessionLookup? Find(TenantId tenant, Guid sessionId, int version, DateTime nowUtc) =>
        _entries.TryGetValue(sessionId, out var entry) && entry.Tenant == tenant && entry.Version == version
            && nowUtc - entry.ReadAtUtc < MaxAge
            ? entry.Session
            : null;

    public void Store(TenantId tenant, int version, SessionLookup session, DateTime readAtUtc)
    {
        _entries[session.SessionId] = new Entry(tenant, version, session, readAtUtc);
        if (Interlocked.Increment(ref _storesSinceSweep) >= SweepEvery)
        {
            Interlocked.Exchange(ref _storesSinceSweep, 0);
            Sweep(readAtUtc);
        }
    }

    /// <summary>This node wrote the session's activity: the copy follows, but keeps the age of its read.</summary>
    public void Touched(Guid sessionId, DateTime seenAtUtc)
    {
        if (_entries.TryGetValue(sessionId, out var entry))
        {
            _entries.TryUpdate(sessionId, entry with { Session = entry.Session with { LastSeenAtUtc = seenAtUtc } }, entry);
        }
    }

    public void Forget(Guid sessionId) => _entries.TryRemove(sessionId, out _);

    private void Sweep(DateTime nowUtc)
    {
        foreach (var (id, entry) in _entries)
        {
            if (nowUtc - entry.ReadAtUtc >= MaxAge)
            {
                _entries.TryRemove(KeyValuePair.Create(id, entry));
            }
        }
    }

    private sealed record Entry(TenantId Tenant, int Version, SessionLookup Session, DateTime ReadAtUtc);
}
