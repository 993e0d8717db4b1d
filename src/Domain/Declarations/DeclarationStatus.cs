namespace YearEndAdjustment.Domain.Declarations;

// Y-05: not started → draft → submitted → returned (with comments) → resubmitted → approved; admins may reopen.
public enum DeclarationStatus
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Approved,
}
