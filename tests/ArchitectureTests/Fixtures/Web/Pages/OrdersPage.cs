using YearEndAdjustment.ArchitectureTests.Fixtures.Application.Abstractions;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Web.Pages;

/// <summary>Deliberately wrong: a page reaching for the DbContext (rule 4).</summary>
public sealed class OrdersPage(IAppDbContext db)
{
    public int Count() => db.Save();
}
