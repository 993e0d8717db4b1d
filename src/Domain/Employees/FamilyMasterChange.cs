namespace YearEndAdjustment.Domain.Employees;

/// <summary>What applying an approved declaration did to one family member of the master (fields only, never values).</summary>
public sealed record FamilyMasterChange(FamilyMasterChangeKind Kind, FamilyMemberId MemberId, FamilyMemberFields Fields);
