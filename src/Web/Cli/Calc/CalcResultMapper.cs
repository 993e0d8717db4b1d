using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Web.Cli.Calc;

public static class CalcResultMapper
{
    public static CalcResultDto ToDto(AdjustmentResult result, bool includeTrace)
    {
        ArgumentNullException.ThrowIfNull(result);
        var adjusted = result.IsAdjusted;
        long? Computed(long value) => adjusted ? value : null;

        return new CalcResultDto
        {
            TaxYear = result.TaxYear,
            NotAdjusted = adjusted ? null : NotAdjusted(result.NotAdjustedReason),
            SalaryTotal = result.SalaryTotal,
            WithheldTax = result.WithheldTaxTotal,
            EmploymentIncome = Computed(result.EmploymentIncome),
            IncomeAdjustmentDeduction = Computed(result.IncomeAdjustmentDeduction),
            SalaryIncome = Computed(result.SalaryIncome),
            TotalIncome = Computed(result.TotalIncome),
            Deductions = adjusted ? Deductions(result) : null,
            TotalDeductions = Computed(result.TotalDeductions),
            TaxableIncome = Computed(result.TaxableIncome),
            ComputedTax = Computed(result.ComputedTax),
            HousingLoanCredit = Computed(result.HousingLoanCredit),
            TaxAfterHousingLoanCredit = Computed(result.TaxAfterHousingLoanCredit),
            FlatTaxCutPersons = adjusted ? result.FlatTaxCutPersons : null,
            FlatTaxCut = Computed(result.FlatTaxCut),
            FlatTaxCutApplied = Computed(result.FlatTaxCutApplied),
            FlatTaxCutUnabsorbed = Computed(result.FlatTaxCutUnabsorbed),
            AnnualTax = Computed(result.AnnualTax),
            Difference = Computed(result.Difference),
            Trace = includeTrace ? [.. result.Trace.Select(TraceLine)] : null,
        };
    }

    private static CalcDeductionsDto Deductions(AdjustmentResult result) => new()
    {
        SocialInsurance = result.SocialInsuranceDeduction,
        SmallEnterpriseMutualAid = result.SmallEnterpriseMutualAidDeduction,
        LifeInsurance = result.LifeInsuranceDeduction,
        LifeInsuranceGeneral = result.LifeInsuranceGeneral,
        LifeInsuranceCareMedical = result.LifeInsuranceCareMedical,
        LifeInsurancePension = result.LifeInsurancePension,
        EarthquakeInsurance = result.EarthquakeInsuranceDeduction,
        SpouseKind = result.SpouseDeductionKind switch
        {
            SpouseDeductionKind.Spouse => "spouse",
            SpouseDeductionKind.ElderlySpouse => "elderlySpouse",
            SpouseDeductionKind.SpouseSpecial => "spouseSpecial",
            _ => "none",
        },
        Spouse = result.SpouseDeduction,
        SpecificRelative = result.SpecificRelativeDeduction,
        Dependants = result.DependantDeduction,
        Disability = result.DisabilityDeduction,
        Widow = result.WidowDeduction,
        SingleParent = result.SingleParentDeduction,
        WorkingStudent = result.WorkingStudentDeduction,
        Basic = result.BasicDeduction,
    };

    private static CalcTraceLineDto TraceLine(AdjustmentTraceLine line)
    {
        var inputs = new Dictionary<string, long>(line.Inputs.Count);
        foreach (var input in line.Inputs)
        {
            inputs[input.Name] = input.Value;
        }

        return new CalcTraceLineDto(line.Step.Code, line.Step.LabelJa, line.Step.LabelEn, line.Amount, inputs, line.Rule);
    }

    // NTA No.2665: the employee settles by filing a return instead.
    private static CalcNotAdjustedDto NotAdjusted(NotAdjustedReason reason) => reason switch
    {
        NotAdjustedReason.SalaryOverCeiling => new(
            "salary_over_ceiling",
            "給与の総額が2,000万円を超えるため、年末調整の対象外です (所得税法190条)。",
            "Salary for the year exceeds 20,000,000 yen."),
        NotAdjustedReason.SecondaryColumn => new(
            "secondary_column",
            "扶養控除等申告書がこの支払者に提出されていない (乙欄) ため、年末調整の対象外です。",
            "No dependants declaration was submitted to this employer (secondary job)."),
        NotAdjustedReason.DailyColumn => new(
            "daily_column",
            "日額表の丙欄適用者のため、年末調整の対象外です。",
            "Paid under the daily-worker column."),
        NotAdjustedReason.NonResident => new(
            "non_resident",
            "非居住者のため、年末調整の対象外です。",
            "The employee is a non-resident."),
        NotAdjustedReason.DisasterRelief => new(
            "disaster_relief",
            "災害減免法による源泉所得税の徴収猶予等を受けたため、年末調整の対象外です。",
            "Withholding was relieved under the disaster-relief law."),
        NotAdjustedReason.LeftDuringYear => new(
            "left_during_year",
            "年の中途で退職したため、年末調整の対象外です。",
            "The employee left during the year for a reason that is not adjusted."),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a not-adjusted reason."),
    };
}
