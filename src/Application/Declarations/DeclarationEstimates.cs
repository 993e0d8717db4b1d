using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// The live estimate (見込み) of one declaration, for the employee's own flow, assisted entry and the reviewer's screen. The
/// calculator is the only place with tax amounts: the pages show what it returns, nothing is recomputed here.
/// </summary>
public static class DeclarationEstimates
{
    public static async Task<DeclarationEstimateDto> EstimateAsync(
        IRequestLookups lookups, Declaration declaration, long? enteredSalary, long? enteredTaxWithheld, CancellationToken cancellationToken)
    {
        var (source, payroll) = await lookups.PayrollAmountsAsync(declaration.EmployeeId, declaration.TaxYear.Value, cancellationToken) is { } imported
            ? (EstimateSource.Payroll, Results.Contracts.CalculationPayroll.Figures(imported))
            : enteredSalary is { } salary
                ? (EstimateSource.Entered, new PayrollFigures { SalaryPaid = salary, TaxWithheld = enteredTaxWithheld ?? 0 })
                : (EstimateSource.None, new PayrollFigures { SalaryPaid = 0, TaxWithheld = 0 });

        var input = DeclarationAdjustmentInput.Build(declaration, payroll);
        AdjustmentResult result;
        try
        {
            result = AdjustmentCalculator.Calculate(input, includeTrace: source != EstimateSource.None);
        }
        catch (DomainRuleViolationException)
        {
            // Forms that the calculator refuses (the checks say why) give no estimate rather than an error page.
            result = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(DeclarationForms.Empty, declaration.TaxYear.Value, payroll), includeTrace: false);
            source = EstimateSource.None;
        }

        var english = Messages.IsEnglish;
        return new DeclarationEstimateDto(
            declaration.TaxYear.Value,
            source,
            result.NotAdjustedReason,
            result.SalaryTotal,
            result.WithheldTaxTotal,
            result.AnnualTax,
            result.Difference,
            result.LifeInsuranceGeneral,
            result.LifeInsuranceCareMedical,
            result.LifeInsurancePension,
            result.LifeInsuranceDeduction,
            result.EarthquakeInsuranceDeduction,
            input.SocialInsuranceDeclared,
            declaration.Insurance.MutualAid.Sum(l => l.Amount),
            result.SpouseDeductionKind,
            result.SpouseDeduction,
            result.DependantDeduction,
            result.SpecificRelativeDeduction,
            input.HousingLoanCredit,
            [.. result.Trace.Select(l => new EstimateLineDto(l.Step.Code, english ? l.Step.LabelEn : l.Step.LabelJa, l.Amount))]);
    }
}
