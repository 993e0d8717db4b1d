using YearEndAdjustment.ArchitectureTests.Fixtures.Application.Abstractions;
using YearEndAdjustment.ArchitectureTests.Fixtures.Infrastructure;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Web.Endpoints;

/// <summary>Deliberately wrong: not static, not *Endpoints, uses the DbContext and Infrastructure (rule 4).</summary>
public sealed class OrderApi(IAppDbContext db, HttpAwareStore store)
{
    public int Save() => db.Save() + (store.Path?.Length ?? 0);
}
