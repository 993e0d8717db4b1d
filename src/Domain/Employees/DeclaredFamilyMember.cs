namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// One spouse or relative as an approved declaration states them, in the master's terms: the master row it was carried
/// over from (if any), the details, and a My Number only when the declaration carries a protected one.
/// </summary>
public sealed record DeclaredFamilyMember(FamilyMemberId? MasterId, FamilyMemberDetails Details, ProtectedMyNumber? MyNumber);
