using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

/// <summary>
/// The estimate of one year's adjustment from the saved declaration. The deduction amounts are the calculator's own
/// (per-year rules) and are filled in even when <see cref="Source"/> is None; <see cref="Difference"/> (negative =
/// refund, positive = collected) and the lines mean something only when it is not. <see cref="NotAdjusted"/> is the
/// reason the employer would not adjust at all (e.g. salary over the ceiling).
/// </summary>
public sealed record DeclarationEstimateDto(
    int TaxYear,
    EstimateSource Source,
    NotAdjustedReason NotAdjusted,
    long SalaryTotal,
    long WithheldTaxTotal,
    long AnnualTax,
    long Difference,
    long LifeInsuranceGeneral,
    long LifeInsuranceCareMedical,
    long LifeInsurancePension,
    long LifeInsuranceDeduction,
    long EarthquakeInsuranceDeduction,
    long SocialInsuranceDeclared,
    long MutualAidDeclared,
    SpouseDeductionKind SpouseDeductionKind,
    long SpouseDeduction,
    long DependantDeduction,
    long SpecificRelativeDeduction,
    long HousingLoanCredit,
    IReadOnlyList<EstimateLineDto> Lines);
