using Mediator;

namespace YearEndAdjustment.Application.Employees.GetEmployee;

/// <summary>One employee with family members, My Numbers masked (revealing is a separate, audited command).</summary>
public sealed record GetEmployeeQuery(Guid EmployeeId) : IQuery<EmployeeDetailsDto>;
