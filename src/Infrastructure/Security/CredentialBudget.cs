using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Security;

/// <summary>
/// R-18 budgets counted in the database, so that every node sees every attempt (ADR 0046): a sliding window of
/// attempt rows per key. A spent budget is answered by one indexed count and writes nothing, so a flood costs no
/// writes; a granted attempt costs a count, an insert and a second count that ranks it among racing attempts (only
/// the first <c>permits</c> ids in the window win; a loser removes its row). Runs in its own scope and context, so
/// the attempt is committed whatever the caller's unit of work does next.
/// </summary>
internal sealed class CredentialBudget(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Takes one attempt from <paramref name="key"/>'s budget; false when the budget is spent.</summary>
    public async ValueTask<bool> TryTakeAsync(string key, int permits, TimeSpan window, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - window;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var inWindow = db.CredentialAttempts.Where(a => a.KeyHash == hash && a.AtUtc > since);
        if (await inWindow.CountAsync(cancellationToken) >= permits)
        {
            return false;
        }

        var attempt = CredentialAttempt.Create(hash, now);
        db.CredentialAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        var id = attempt.Id;
        if (await inWindow.CountAsync(a => a.Id <= id, cancellationToken) <= permits)
        {
            return true;
        }

        await db.CredentialAttempts.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
        return false;
    }

    /// <summary>Not a secret (login IDs can be guessed): the digest only keeps addresses and IDs out of the table.</summary>
    internal static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
