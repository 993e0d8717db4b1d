using Mediator;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Orders;

/// <summary>Well shaped, but handled twice (rule 8) and validated by a misnamed validator (rule 9).</summary>
public sealed record CancelOrderCommand(int OrderId) : ICommand<bool>;
