using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Outputs.Contracts;

// A second database context bound to the current tenant, so a whole-year output can read two key ranges at the same
// time (ADR 0054): a context serves one operation at a time, and reading the rows is the longest stage of the 統一CSV.
// It shares nothing with the scope's own context; the tenant's query filters apply to it as to any other.
public interface IOutputReadContexts
{
    IOutputReadContext Open();
}

public interface IOutputReadContext : IAsyncDisposable
{
    IAppDbContext Db { get; }
}
