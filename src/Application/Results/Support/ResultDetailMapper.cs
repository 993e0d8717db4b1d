using System.Reflection;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Results;

namespace YearEndAdjustment.Application.Results.Support;

public static class ResultDetailMapper
{
    // The calculator's step catalogue by code: labels and rules are not stored per row (ResultTrace).
    private static readonly Dictionary<string, AdjustmentStep> Steps = typeof(AdjustmentSteps)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(AdjustmentStep))
        .Select(f => (AdjustmentStep)f.GetValue(null)!)
        .ToDictionary(s => s.Code, StringComparer.Ordinal);

    public static ResultDetailDto Map(YearEndResult r, string employeeNumber, string name, bool isStale)
    {
        ArgumentNullException.ThrowIfNull(r);
        var english = Messages.IsEnglish;
        var trace = ResultTrace.Parse(r.TraceJson).Select(l =>
        {
            var step = Steps.GetValueOrDefault(l.Code);
            return new ResultTraceLineDto(l.Code, step is null ? l.Code : english ? step.LabelEn : step.LabelJa, l.Amount, l.Inputs, step?.Rule ?? "");
        }).ToList();
        return new ResultDetailDto(
            r.EmployeeId.Value, employeeNumber, name, r.TaxYear.Value, r.NotAdjustedReason, isStale, r.IsPublished, r.ComputedAtUtc, r.PublishedAtUtc,
            r.SalaryTotal, r.WithheldTaxTotal, r.EmploymentIncome, r.IncomeAdjustmentDeduction, r.SalaryIncome, r.TotalIncome,
            r.SocialInsuranceDeduction, r.SmallEnterpriseMutualAidDeduction, r.LifeInsuranceDeduction, r.EarthquakeInsuranceDeduction,
            r.SpouseDeductionKind, r.SpouseDeduction, r.SpecificRelativeDeduction, r.DependantDeduction, r.DisabilityDeduction, r.WidowDeduction,
            r.SingleParentDeduction, r.WorkingStudentDeduction, r.BasicDeduction, r.TotalDeductions, r.TaxableIncome, r.ComputedTax,
            r.HousingLoanCredit, r.FlatTaxCutApplied, r.FlatTaxCutUnabsorbed, r.AnnualTax, r.Difference, trace);
    }
}
