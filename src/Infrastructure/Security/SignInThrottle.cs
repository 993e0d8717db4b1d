using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Security;

/// <summary>
/// Per-account sliding budget of sign-in attempts, in process memory. With several nodes the effective budget
/// multiplies by the node count; the database-backed lockout still caps guessing per account.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock, IOptions<SignInThrottleOptions> options) : ISignInThrottle
{
    private readonly ConcurrentDictionary<string, Queue<DateTime>> _attempts = new(StringComparer.Ordinal);

    public bool TryAcquire(string key)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = options.Value.Window;
        var queue = _attempts.GetOrAdd(key, _ => new Queue<DateTime>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= options.Value.AttemptsPerWindow)
            {
                return false;
            }

            queue.Enqueue(now);
        }

        if (_attempts.Count > 100_000)
        {
            Prune(now, window);
        }

        return true;
    }

    private void Prune(DateTime now, TimeSpan window)
    {
        foreach (var (key, queue) in _attempts)
        {
            lock (queue)
            {
                if (queue.Count == 0 || now - queue.Last() >= window)
                {
                    _attempts.TryRemove(key, out _);
                }
            }
        }
    }
}
