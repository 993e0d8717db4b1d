namespace YearEndAdjustment.ArchitectureTests.Fixtures;

public sealed class Widget
{
    public int Id { get; set; }
}
