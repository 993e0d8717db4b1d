using YearEndAdjustment.Application.Employees.Contracts;

namespace YearEndAdjustment.Infrastructure.Security.MyNumbers;

/// <summary>
/// The safe default until the accounts module supplies permissions: nobody may reveal or export My Numbers.
/// Registered with TryAdd, so a real policy registered before or after replaces it.
/// </summary>
internal sealed class DenyAllMyNumberAccessPolicy : IMyNumberAccessPolicy
{
    public ValueTask<bool> MayRevealAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(false);
}
