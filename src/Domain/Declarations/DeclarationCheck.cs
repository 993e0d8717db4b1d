using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Declarations;

// One finding of the checks before submit (Y-04): a stable code clients and tests match on, the field it is about,
// and a Japanese message that says what to fix and where. Messages never repeat a My Number. Reason is the message
// by key (ADR 0027) for translation; the Application replaces Message with its translation and drops Reason.
public sealed record DeclarationCheck(string Code, string FieldPath, CheckSeverity Severity, string Message, RuleMessage? Reason = null)
{
    public bool IsBlocking => Severity == CheckSeverity.Blocking;
}
