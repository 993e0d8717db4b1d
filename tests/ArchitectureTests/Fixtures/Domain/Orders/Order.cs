using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.ArchitectureTests.Fixtures.Domain.Invoices;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Domain.Orders;

/// <summary>Deliberately wrong: depends on EF (rule 1), on another module (rule 5), has a public setter and constructor.</summary>
public sealed class Order : AggregateRoot
{
    public Order(DbContext? context) => Context = context;

    public DbContext? Context { get; }

    public Invoice? Invoice { get; set; }
}
