using YearEndAdjustment.ArchitectureTests.Support;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.ArchitectureTests;

public sealed class DomainModelTests
{
    [Fact]
    public void Aggregates_HaveNoPublicSettersOrConstructors() =>
        ArchitectureRules.AggregatesEncapsulated(Layers.Product, typeof(AggregateRoot)).AssertHolds();

    [Fact]
    public void Aggregates_CatchPublicSetterAndConstructor()
    {
        var outcome = ArchitectureRules.AggregatesEncapsulated(Layers.Fixture, typeof(AggregateRoot));

        outcome.AssertCatches("Order (public constructor)");
        outcome.AssertCatches("Order.Invoice (public setter)");
    }
}
