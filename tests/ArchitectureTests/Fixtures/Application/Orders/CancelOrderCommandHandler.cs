using Mediator;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Orders;

public sealed class CancelOrderCommandHandler : ICommandHandler<CancelOrderCommand, bool>
{
    public ValueTask<bool> Handle(CancelOrderCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
