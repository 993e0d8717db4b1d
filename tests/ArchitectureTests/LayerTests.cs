using YearEndAdjustment.ArchitectureTests.Support;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>Rules 1–4: layer dependencies. Each rule holds for the product and catches the fixture's violation.</summary>
public sealed class LayerTests
{
    [Fact]
    public void DomainWhitelist_HoldsForProduct() => ArchitectureRules.DomainWhitelist(Layers.Product).AssertHolds();

    [Fact]
    public void DomainWhitelist_CatchesDependencyOnEf() => ArchitectureRules.DomainWhitelist(Layers.Fixture).AssertCatches("Orders.Order");

    [Fact]
    public void ApplicationIsolation_HoldsForProduct() => ArchitectureRules.ApplicationIsolation(Layers.Product).AssertHolds();

    [Fact]
    public void ApplicationIsolation_CatchesDependencyOnAspNetCore() => ArchitectureRules.ApplicationIsolation(Layers.Fixture).AssertCatches("PlaceOrder");

    [Fact]
    public void InfrastructureIsolation_HoldsForProduct() => ArchitectureRules.InfrastructureIsolation(Layers.Product).AssertHolds();

    [Fact]
    public void InfrastructureIsolation_CatchesDependencyOnHttp() => ArchitectureRules.InfrastructureIsolation(Layers.Fixture).AssertCatches("HttpAwareStore");

    [Fact]
    public void WebTalksThroughSender_HoldsForProduct() => ArchitectureRules.WebTalksThroughSender(Layers.Product).AssertHolds();

    [Theory]
    [InlineData("OrderApi")]
    [InlineData("OrdersPage")]
    public void WebTalksThroughSender_CatchesDbContextUse(string type) => ArchitectureRules.WebTalksThroughSender(Layers.Fixture).AssertCatches(type);
}
