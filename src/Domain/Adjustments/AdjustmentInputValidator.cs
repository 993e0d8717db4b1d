using System.Globalization;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Adjustments;

// Input shape the calculation relies on. Field names in messages are the camelCase member paths of
// AdjustmentInput, which the calc JSON format mirrors, so a message points at the offending field.
internal static class AdjustmentInputValidator
{
    public const string NegativeAmountCode = "adjustment.negative_amount";
    public const string AmountTooLargeCode = "adjustment.amount_too_large";
    public const string BornAfterReferenceDateCode = "adjustment.born_after_reference_date";
    public const string ReferenceDateOutsideYearCode = "adjustment.reference_date_outside_year";

    // Far above any real figure, low enough that sums of every amount cannot overflow a long.
    private const long MaximumAmount = 100_000_000_000;

    public static void Validate(AdjustmentInput input, DateOnly referenceDate)
    {
        if (referenceDate.Year != input.TaxYear)
        {
            throw new DomainRuleViolationException(
                ReferenceDateOutsideYearCode,
                new RuleMessage(ReferenceDateOutsideYearCode, "referenceDate: {0} は {1}年中の日付ではありません。")
                    .With(referenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), input.TaxYear));
        }

        Amount(input.SalaryPaid, "salaryPaid");
        Amount(input.TaxWithheld, "taxWithheld");
        Amount(input.SocialInsuranceWithheld, "socialInsuranceWithheld");
        Amount(input.SocialInsuranceDeclared, "socialInsuranceDeclared");
        Amount(input.SmallEnterpriseMutualAid, "smallEnterpriseMutualAid");
        Amount(input.PreviousEmployerSalary, "previousEmployerSalary");
        Amount(input.PreviousEmployerTaxWithheld, "previousEmployerTaxWithheld");
        Amount(input.PreviousEmployerSocialInsurance, "previousEmployerSocialInsurance");
        Amount(input.PreviousEmployerSmallEnterpriseMutualAid, "previousEmployerSmallEnterpriseMutualAid");
        Amount(input.OtherPayersSalary, "otherPayersSalary");
        Amount(input.OtherIncome, "otherIncome");
        Amount(input.LifeInsurance.NewGeneral, "lifeInsurance.newGeneral");
        Amount(input.LifeInsurance.OldGeneral, "lifeInsurance.oldGeneral");
        Amount(input.LifeInsurance.CareMedical, "lifeInsurance.careMedical");
        Amount(input.LifeInsurance.NewPension, "lifeInsurance.newPension");
        Amount(input.LifeInsurance.OldPension, "lifeInsurance.oldPension");
        Amount(input.EarthquakePremium, "earthquakePremium");
        Amount(input.OldLongTermPremium, "oldLongTermPremium");
        Amount(input.HousingLoanCredit, "housingLoanCredit");

        if (input.Spouse is { } spouse)
        {
            Amount(spouse.TotalIncome, "spouse.totalIncome");
            if (spouse.BirthDate > referenceDate)
            {
                throw BornAfter("spouse.birthDate", spouse.BirthDate, referenceDate);
            }
        }

        var relatives = input.Relatives;
        for (var i = 0; i < relatives.Count; i++)
        {
            var relative = relatives[i];
            if (relative.TotalIncome is < 0 or > MaximumAmount)
            {
                Amount(relative.TotalIncome, $"relatives[{i}].totalIncome");
            }

            if (relative.BirthDate > referenceDate)
            {
                throw BornAfter($"relatives[{i}].birthDate", relative.BirthDate, referenceDate);
            }
        }
    }

    private static void Amount(long value, string field)
    {
        if (value < 0)
        {
            throw new DomainRuleViolationException(NegativeAmountCode, new RuleMessage(NegativeAmountCode, "{0}: 金額は0以上で入力してください ({1})。").With(field, value));
        }

        if (value > MaximumAmount)
        {
            throw new DomainRuleViolationException(AmountTooLargeCode, new RuleMessage(AmountTooLargeCode, "{0}: 金額が大きすぎます ({1})。").With(field, value));
        }
    }

    private static DomainRuleViolationException BornAfter(string field, DateOnly birthDate, DateOnly referenceDate) =>
        new(
            BornAfterReferenceDateCode,
            new RuleMessage(BornAfterReferenceDateCode, "{0}: 生年月日 {1} が判定基準日 {2} (年分の末日等) より後です。").With(
                field, birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), referenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
