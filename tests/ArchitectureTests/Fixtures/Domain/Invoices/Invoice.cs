namespace YearEndAdjustment.ArchitectureTests.Fixtures.Domain.Invoices;

public sealed class Invoice
{
    public int Number { get; init; }
}
