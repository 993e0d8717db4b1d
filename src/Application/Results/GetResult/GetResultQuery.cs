using Mediator;
using YearEndAdjustment.Application.Results.Support;

namespace YearEndAdjustment.Application.Results.GetResult;

/// <summary>One employee's stored result with its trace, for an admin. A command-like query: every view is audited .</summary>
public sealed record GetResultQuery(int TaxYear, Guid EmployeeId) : IQuery<ResultDetailDto>;
