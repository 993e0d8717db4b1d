using Mediator;
using Microsoft.AspNetCore.Http;
using YearEndAdjustment.ArchitectureTests.Fixtures.Application.Invoices;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Application.Orders;

/// <summary>
/// Deliberately wrong: not named *Command, not sealed, not a record, settable (rule 7), no validator (rule 9),
/// uses another module's internals (rule 6) and ASP.NET Core (rule 2).
/// </summary>
public class PlaceOrder : ICommand<int>
{
    public int Quantity { get; set; }

    public InvoiceNumbering? Numbering { get; set; }

    public HttpContext? Http { get; set; }
}
