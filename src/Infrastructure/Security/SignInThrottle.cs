using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Security;

/// <summary>
/// Per-account sliding budget of sign-in attempts, counted in the database (ADR 0046): attempts spread over
/// several nodes draw on one budget.
/// </summary>
internal sealed class SignInThrottle(CredentialBudget budget, IOptions<SignInThrottleOptions> options) : ISignInThrottle
{
    public ValueTask<bool> TryAcquireAsync(string key, CancellationToken cancellationToken) =>
        budget.TryTakeAsync("account:" + key, options.Value.AttemptsPerWindow, options.Value.Window, cancellationToken);
}
