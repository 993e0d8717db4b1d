using YearEndAdjustment.ArchitectureTests.Support;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>Rules 5–6: modules meet only through the shared kernel (Domain) or Contracts (Application).</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void DomainModules_HoldForProduct() => ArchitectureRules.DomainModuleBoundaries(Layers.Product).AssertHolds();

    [Fact]
    public void DomainModules_CatchCrossModuleReference() => ArchitectureRules.DomainModuleBoundaries(Layers.Fixture).AssertCatches("Orders.Order");

    [Fact]
    public void ApplicationModules_HoldForProduct() => ArchitectureRules.ApplicationModuleBoundaries(Layers.Product).AssertHolds();

    [Fact]
    public void ApplicationModules_CatchUseOfAnotherModulesInternals() => ArchitectureRules.ApplicationModuleBoundaries(Layers.Fixture).AssertCatches("PlaceOrder");

    [Fact]
    public void ProductHasSeveralModulesInEachLayer()
    {
        Assert.True(Layers.ModulesOf(Layers.Product.Domain, Layers.Product.DomainNs, "SharedKernel").Count >= 3);
        Assert.True(Layers.ModulesOf(Layers.Product.Application, Layers.Product.ApplicationNs, ArchitectureRules.SharedApplicationNamespaces).Count >= 2);
    }
}
