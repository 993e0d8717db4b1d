using YearEndAdjustment.Application.Employees.Contracts;

namespace YearEndAdjustment.IntegrationTests.Employees.Support;

/// <summary>Stands in for the accounts module's permission check: denies unless a test allows.</summary>
public sealed class SwitchableMyNumberAccessPolicy : IMyNumberAccessPolicy
{
    public bool Allow { get; set; }

    public ValueTask<bool> MayRevealAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Allow);
}
