using Mediator;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Employees;

/// <summary>Violates the My Number rule: its result carries the value object, nested in a list.</summary>
public sealed record LeakyEmployeeQuery(Guid Id) : IQuery<LeakyEmployeeDto>;

public sealed record LeakyEmployeeDto(string Name, IReadOnlyList<LeakyFamilyDto> Family);

public sealed record LeakyFamilyDto(string Name, MyNumber? MyNumber);
