using YearEndAdjustment.ArchitectureTests.Support;

namespace YearEndAdjustment.ArchitectureTests;

/// <summary>Rule 11: the Mediator source generator runs only in the composition root.</summary>
public sealed class GeneratorTests
{
    private static readonly System.Reflection.Assembly[] All =
    [
        Layers.Product.Domain, Layers.Product.Application, Layers.Product.Infrastructure, Layers.Product.Web,
    ];

    [Fact]
    public void GeneratedMediator_LivesOnlyInWeb() => ArchitectureRules.SingleMediatorGenerator(Layers.Product.Web, All).AssertHolds();

    [Fact]
    public void GeneratedMediator_ExpectedElsewhere_IsCaught() =>
        ArchitectureRules.SingleMediatorGenerator(Layers.Product.Application, All).AssertCatches("YearEndAdjustment.Web (also runs the generator)");
}
