using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetYearDashboard;

/// <summary>The admin's progress dashboard for one tax year (null: the newest year that has declarations).</summary>
public sealed record GetYearDashboardQuery(int? TaxYear = null) : IQuery<YearDashboardDto>;
