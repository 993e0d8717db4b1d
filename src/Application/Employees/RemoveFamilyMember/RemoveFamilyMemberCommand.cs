using Mediator;

namespace YearEndAdjustment.Application.Employees.RemoveFamilyMember;

/// <summary>
/// An admin removes a spouse or relative, with their My Number (Y-01; 保管制限と廃棄). <paramref name="Version"/> is the
/// employee's version the confirmation was shown from: if someone else saved in between, nothing is removed.
/// </summary>
public sealed record RemoveFamilyMemberCommand(Guid EmployeeId, Guid FamilyMemberId, int Version) : ICommand;
