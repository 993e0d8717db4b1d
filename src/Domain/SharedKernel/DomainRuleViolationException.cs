namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (clients and tests match on it);
/// the message is shown to users, so it must never contain personal data.
/// </summary>
public sealed class DomainRuleViolationException(string code, string message) : Exception(message)
{
    /// <summary>Stable machine-readable code such as <c>tenant.slug_taken</c>.</summary>
    public string Code { get; } = code;
}
