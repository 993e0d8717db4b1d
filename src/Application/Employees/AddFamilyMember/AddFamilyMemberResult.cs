namespace YearEndAdjustment.Application.Employees.AddFamilyMember;

public sealed record AddFamilyMemberResult(Guid EmployeeId, Guid FamilyMemberId);
