namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// a per-account attempt budget checked before any password hash is computed, so a flood on one account costs
/// no PBKDF2 work. Shared by every node (ADR 0046). (Per-IP limiting happens earlier, in the web pipeline.)
/// </summary>
public interface ISignInThrottle
{
    /// <summary>Takes one attempt from the key's budget; false when the budget is spent.</summary>
    ValueTask<bool> TryAcquireAsync(string key, CancellationToken cancellationToken);
}
