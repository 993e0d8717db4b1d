using FluentValidation;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Orders;

public sealed class CancelRules : AbstractValidator<CancelOrderCommand>
{
    public CancelRules() => RuleFor(c => c.OrderId).GreaterThan(0);
}
