using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Web.Cli.Calc;

// JSON document → calculator input. Only presence is checked here; amounts, dates and the year are checked by the
// calculator, whose messages use the same field names.
public static class CalcInputMapper
{
    public static AdjustmentInput ToInput(CalcInputDto? dto)
    {
        if (dto is null)
        {
            throw new CalcInputException("$", "an input object is required");
        }

        var life = dto.LifeInsurance;
        return new AdjustmentInput
        {
            TaxYear = Required(dto.TaxYear, "taxYear"),
            SalaryPaid = Required(dto.SalaryPaid, "salaryPaid"),
            TaxWithheld = Required(dto.TaxWithheld, "taxWithheld"),
            SocialInsuranceWithheld = dto.SocialInsuranceWithheld ?? 0,
            SocialInsuranceDeclared = dto.SocialInsuranceDeclared ?? 0,
            SmallEnterpriseMutualAid = dto.SmallEnterpriseMutualAid ?? 0,
            PreviousEmployerSalary = dto.PreviousEmployerSalary ?? 0,
            PreviousEmployerTaxWithheld = dto.PreviousEmployerTaxWithheld ?? 0,
            PreviousEmployerSocialInsurance = dto.PreviousEmployerSocialInsurance ?? 0,
            PreviousEmployerSmallEnterpriseMutualAid = dto.PreviousEmployerSmallEnterpriseMutualAid ?? 0,
            OtherPayersSalary = dto.OtherPayersSalary ?? 0,
            OtherIncome = dto.OtherIncome ?? 0,
            LifeInsurance = life is null
                ? default
                : new LifeInsurancePremiums(
                    life.NewGeneral ?? 0, life.OldGeneral ?? 0, life.CareMedical ?? 0, life.NewPension ?? 0, life.OldPension ?? 0),
            EarthquakePremium = dto.EarthquakePremium ?? 0,
            OldLongTermPremium = dto.OldLongTermPremium ?? 0,
            HousingLoanCredit = dto.HousingLoanCredit ?? 0,
            Spouse = dto.Spouse is { } spouse ? ToSpouse(spouse) : null,
            Relatives = ToRelatives(dto.Relatives),
            Disability = dto.Disability ?? DisabilityLevel.None,
            Widow = dto.Widow ?? WidowStatus.None,
            IsSingleParent = dto.IsSingleParent ?? false,
            IsWorkingStudent = dto.IsWorkingStudent ?? false,
            WithholdingColumn = dto.WithholdingColumn ?? WithholdingColumn.Primary,
            EmploymentStatus = dto.EmploymentStatus ?? EmploymentStatus.EmployedAtYearEnd,
            IsNonResident = dto.IsNonResident ?? false,
            HasDisasterRelief = dto.HasDisasterRelief ?? false,
            ReferenceDate = dto.ReferenceDate,
        };
    }

    private static SpouseInput ToSpouse(CalcSpouseDto spouse) => new()
    {
        BirthDate = Required(spouse.BirthDate, "spouse.birthDate"),
        TotalIncome = Required(spouse.TotalIncome, "spouse.totalIncome"),
        Disability = spouse.Disability ?? DisabilityLevel.None,
        LivesWithEmployee = spouse.LivesWithEmployee ?? false,
        IsNonResident = spouse.IsNonResident ?? false,
        IsBusinessFamilyEmployee = spouse.IsBusinessFamilyEmployee ?? false,
    };

    private static RelativeInput[] ToRelatives(IReadOnlyList<CalcRelativeDto?>? relatives)
    {
        if (relatives is null)
        {
            return [];
        }

        var result = new RelativeInput[relatives.Count];
        for (var i = 0; i < relatives.Count; i++)
        {
            var relative = relatives[i] ?? throw new CalcInputException($"relatives[{i}]", "a relative object is required");
            result[i] = new RelativeInput
            {
                BirthDate = Required(relative.BirthDate, $"relatives[{i}].birthDate"),
                TotalIncome = Required(relative.TotalIncome, $"relatives[{i}].totalIncome"),
                Disability = relative.Disability ?? DisabilityLevel.None,
                LivesWithEmployee = relative.LivesWithEmployee ?? false,
                IsLinealAscendant = relative.IsLinealAscendant ?? false,
                IsChild = relative.IsChild ?? false,
                IsNonResident = relative.IsNonResident ?? false,
                NonResidentQualifies = relative.NonResidentQualifies ?? false,
                IsBusinessFamilyEmployee = relative.IsBusinessFamilyEmployee ?? false,
                ClaimedByAnotherEarner = relative.ClaimedByAnotherEarner ?? false,
            };
        }

        return result;
    }

    private static T Required<T>(T? value, string field)
        where T : struct =>
        value ?? throw new CalcInputException(field, "is required");
}
