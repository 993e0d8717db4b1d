using Mediator;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Orders;

/// <summary>Deliberately wrong: not sealed and not named PlaceOrderHandler (rule 8).</summary>
public class OrderProcessor : ICommandHandler<PlaceOrder, int>
{
    public ValueTask<int> Handle(PlaceOrder command, CancellationToken cancellationToken) => ValueTask.FromResult(command.Quantity);
}
