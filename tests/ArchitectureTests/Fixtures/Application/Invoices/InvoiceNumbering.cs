namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Invoices;

/// <summary>An internal of the Invoices module (not under Contracts).</summary>
public sealed class InvoiceNumbering
{
    public int Next() => 1;
}
