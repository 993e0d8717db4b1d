namespace YearEndAdjustment.ArchitectureTests.Support;

/// <summary>What a rule looked at and what broke it; a rule that selected nothing proves nothing.</summary>
public sealed record RuleOutcome(int Selected, IReadOnlyList<string> Failures)
{
    public static RuleOutcome From(NetArchTest.Rules.TestResult result, int selected) =>
        new(selected, result.FailingTypeNames?.ToList() ?? []);

    public void AssertHolds()
    {
        Assert.True(Selected > 0, "The rule selected no type: its selection or namespace string is wrong.");
        Assert.True(Failures.Count == 0, "Violations: " + string.Join(", ", Failures));
    }

    public void AssertCatches(string typeNameFragment)
    {
        Assert.True(Selected > 0, "The rule selected no type.");
        Assert.Contains(Failures, f => f.Contains(typeNameFragment, StringComparison.Ordinal));
    }
}
