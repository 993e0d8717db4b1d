using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

/// <summary>
/// The live estimate (見込み) of the signed-in employee's year-end adjustment: the saved declaration through the
/// calculator with the employee's imported payroll totals for the year. When no totals were imported, the salary and
/// tax the employee typed (<paramref name="EnteredSalary"/>, <paramref name="EnteredTaxWithheld"/>) are used for this
/// answer only and never stored.
/// </summary>
public sealed record GetMyDeclarationEstimateQuery(int TaxYear, long? EnteredSalary = null, long? EnteredTaxWithheld = null) : IQuery<DeclarationEstimateDto>;
