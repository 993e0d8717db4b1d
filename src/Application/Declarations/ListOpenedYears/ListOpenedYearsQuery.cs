using Mediator;

namespace YearEndAdjustment.Application.Declarations.ListOpenedYears;

/// <summary>The tax years that have declarations, with counts by status (the full dashboard is the next issue).</summary>
public sealed record ListOpenedYearsQuery : IQuery<IReadOnlyList<OpenedYearDto>>;
