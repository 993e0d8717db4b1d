namespace YearEndAdjustment.Application.Employees.UpdateFamilyMember;

/// <summary>Which fields changed (none when the form was saved unchanged).</summary>
public sealed record UpdateFamilyMemberResult(Guid EmployeeId, Guid FamilyMemberId, IReadOnlyList<string> ChangedFields);
