using Mediator;

namespace YearEndAdjustment.Application.Declarations.ListDepartments;

/// <summary>The departments an admin may open a year for (a limited admin: theirs), with head counts.</summary>
public sealed record ListDepartmentsQuery : IQuery<IReadOnlyList<DepartmentDto>>;
