using Mediator;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationEstimateForAssist;

/// <summary>The live estimate shown to an admin entering a declaration on the employee's behalf (assisted entry), from
/// the employee's payroll totals or the figures typed (used once, never stored).</summary>
public sealed record GetDeclarationEstimateForAssistQuery(int TaxYear, Guid DeclarationId, long? EnteredSalary = null, long? EnteredTaxWithheld = null)
    : IQuery<DeclarationEstimateDto>;
