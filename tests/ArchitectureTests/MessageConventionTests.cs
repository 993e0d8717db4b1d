using YearEndAdjustment.ArchitectureTests.Support;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>Rules 7–9: the shape of messages, handlers and validators.</summary>
public sealed class MessageConventionTests
{
    [Fact]
    public void MessageShape_HoldsForProduct() => ArchitectureRules.MessageShape(Layers.Product).AssertHolds();

    [Fact]
    public void MessageShape_CatchesMutableUnsealedMisnamedMessage()
    {
        var outcome = ArchitectureRules.MessageShape(Layers.Fixture);

        outcome.AssertCatches("PlaceOrder (name must end with Command)");
        outcome.AssertCatches("PlaceOrder (not sealed)");
        outcome.AssertCatches("PlaceOrder (not a record)");
        outcome.AssertCatches("PlaceOrder (has a settable property)");
    }

    [Fact]
    public void HandlerShape_HoldsForProduct() => ArchitectureRules.HandlerShape(Layers.Product).AssertHolds();

    [Fact]
    public void HandlerShape_CatchesMisnamedUnsealedAndDuplicateHandlers()
    {
        var outcome = ArchitectureRules.HandlerShape(Layers.Fixture);

        outcome.AssertCatches("OrderProcessor (must be public sealed)");
        outcome.AssertCatches("OrderProcessor (must be named PlaceOrderHandler)");
        outcome.AssertCatches("CancelOrderCommand (has 2 handlers)");
    }

    [Fact]
    public void ValidatorPairing_HoldsForProduct() => ArchitectureRules.ValidatorPairing(Layers.Product).AssertHolds();

    [Fact]
    public void ValidatorPairing_CatchesMissingAndMisnamedValidators()
    {
        var outcome = ArchitectureRules.ValidatorPairing(Layers.Fixture);

        outcome.AssertCatches("PlaceOrder (needs exactly one PlaceOrderValidator");
        outcome.AssertCatches("CancelRules (must be named CancelOrderCommandValidator)");
    }
}
