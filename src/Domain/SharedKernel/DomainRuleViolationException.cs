namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (clients and tests match on it);
/// the message is shown to users, so it must never contain personal data. <see cref="Exception.Message"/> is the
/// Japanese text; the Application layer translates <see cref="Reason"/> by its key for other UI languages.
/// </summary>
public sealed class DomainRuleViolationException : Exception
{
    /// <summary>A rule with a single fixed message: the code doubles as its message key.</summary>
    public DomainRuleViolationException(string code, string message)
        : this(code, new RuleMessage(code, message))
    {
    }

    /// <summary>A rule whose message varies (several reasons under one code, or arguments).</summary>
    public DomainRuleViolationException(string code, RuleMessage reason)
        : base(reason.Text)
    {
        Code = code;
        Reason = reason;
    }

    /// <summary>Stable machine-readable code such as <c>tenant.slug_taken</c>.</summary>
    public string Code { get; }

    /// <summary>The message key, Japanese template and arguments, for translation.</summary>
    public RuleMessage Reason { get; }
}
