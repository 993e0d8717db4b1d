using Mediator;

namespace YearEndAdjustment.Application.Employees.RevealMyNumber;

/// <summary>
/// The one deliberate way to see a stored My Number: the employee's own, or a family member's when
/// <paramref name="FamilyMemberId"/> is given. Needs the view-My-Number permission; every attempt is audited.
/// A command, not a query, because it writes the audit trail.
/// </summary>
public sealed record RevealMyNumberCommand(Guid EmployeeId, Guid? FamilyMemberId = null) : ICommand<RevealedMyNumber>;
