using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Domain.Declarations;

// Declaration + payroll figures → the calculator's input, field by field as docs/calc-input-coverage.md maps them.
// Categories (特定扶養, 老人, 同居老親等, 特定親族, 同一生計配偶者) are not decided here: the calculator derives them from
// the raw facts and the year's rules, so nothing is guessed twice.
public static class DeclarationAdjustmentInput
{
    public static AdjustmentInput Build(DeclarationForms forms, int taxYear, PayrollFigures payroll)
    {
        var year = DeclarationYearCatalog.For(taxYear);
        var dependants = forms.Dependants;
        var insurance = forms.Insurance;
        return new AdjustmentInput
        {
            TaxYear = taxYear,
            SalaryPaid = payroll.SalaryPaid,
            TaxWithheld = payroll.TaxWithheld,
            SocialInsuranceWithheld = payroll.SocialInsuranceWithheld,
            SocialInsuranceDeclared = insurance.SocialInsurance.Sum(l => l.Premium),
            SmallEnterpriseMutualAid = payroll.SmallEnterpriseMutualAidWithheld + insurance.MutualAid.Sum(l => l.Amount),
            PreviousEmployerSalary = payroll.PreviousEmployerSalary,
            PreviousEmployerTaxWithheld = payroll.PreviousEmployerTaxWithheld,
            PreviousEmployerSocialInsurance = payroll.PreviousEmployerSocialInsurance,
            PreviousEmployerSmallEnterpriseMutualAid = payroll.PreviousEmployerSmallEnterpriseMutualAid,
            OtherPayersSalary = forms.Basic.SalaryFromOtherPayers,
            OtherIncome = forms.Basic.OtherIncome,

            // 所得税法76条 works on the category totals (the form's A–E), so summing the lines loses nothing.
            LifeInsurance = new LifeInsurancePremiums(
                NewGeneral: Life(insurance, LifeInsuranceCategory.General, InsuranceRegime.New),
                OldGeneral: Life(insurance, LifeInsuranceCategory.General, InsuranceRegime.Old),
                CareMedical: Life(insurance, LifeInsuranceCategory.CareMedical, InsuranceRegime.New),
                NewPension: Life(insurance, LifeInsuranceCategory.Pension, InsuranceRegime.New),
                OldPension: Life(insurance, LifeInsuranceCategory.Pension, InsuranceRegime.Old)),
            EarthquakePremium = insurance.Earthquake.Where(l => l.Kind == EarthquakeInsuranceKind.Earthquake).Sum(l => l.Premium),
            OldLongTermPremium = insurance.Earthquake.Where(l => l.Kind == EarthquakeInsuranceKind.OldLongTerm).Sum(l => l.Premium),
            HousingLoanCredit = forms.HousingLoan?.ComputeCredit() ?? 0,
            Spouse = Spouse(forms, year),
            Relatives = Relatives(forms),
            Disability = dependants.Self.Disability,
            Widow = dependants.Self.Widow,
            IsSingleParent = dependants.Self.IsSingleParent,
            IsWorkingStudent = dependants.Self.IsWorkingStudent,
            WithholdingColumn = payroll.WithholdingColumn,
            EmploymentStatus = payroll.EmploymentStatus,
            IsNonResident = payroll.IsNonResident,
            HasDisasterRelief = payroll.HasDisasterRelief,
            ReferenceDate = payroll.ReferenceDate,
        };
    }

    public static AdjustmentInput Build(Declaration declaration, PayrollFigures payroll) =>
        Build(declaration.Forms, declaration.TaxYear.Value, payroll);

    private static long Life(InsuranceForm insurance, LifeInsuranceCategory category, InsuranceRegime regime) =>
        insurance.Life.Where(l => l.Category == category && l.Regime == regime).Sum(l => l.Premium);

    private static SpouseInput? Spouse(DeclarationForms forms, DeclarationYearDefinition year)
    {
        if (forms.Dependants.Spouse is not { } spouse)
        {
            return null;
        }

        return new SpouseInput
        {
            BirthDate = spouse.BirthDate,
            TotalIncome = DeclarationChecks.SpouseTotalIncome(forms, year.Rules),
            Disability = spouse.Disability,
            LivesWithEmployee = spouse.Cohabiting,
            IsNonResident = spouse.IsNonResident,
            IsBusinessFamilyEmployee = spouse.IsBusinessFamilyEmployee,
        };
    }

    // One RelativeInput per person. A 2026 section-B row with the 特定親族 tick and its part-3 row are one entry: the
    // part-3 row (the year-end estimate) wins.
    private static List<RelativeInput> Relatives(DeclarationForms forms)
    {
        var d = forms.Dependants;
        var specific = forms.Basic.SpecificRelatives;
        var specificIds = specific.Select(p => p.EntryId).ToHashSet();
        var relatives = new List<RelativeInput>();
        foreach (var person in d.Relatives.Where(p => !specificIds.Contains(p.EntryId)).Concat(d.YoungRelatives).Concat(specific))
        {
            relatives.Add(Relative(person, claimedByAnotherEarner: false));
        }

        foreach (var other in d.OtherEarnersRelatives)
        {
            relatives.Add(Relative(other.Person, claimedByAnotherEarner: true));
        }

        return relatives;
    }

    private static RelativeInput Relative(DeclaredPerson person, bool claimedByAnotherEarner) => new()
    {
        BirthDate = person.BirthDate,
        TotalIncome = person.EstimatedIncome,
        Disability = person.Disability,
        LivesWithEmployee = person.Cohabiting,
        IsLinealAscendant = person.IsLinealAscendant,
        IsChild = person.Relationship == DeclaredRelationship.Child,
        IsNonResident = person.IsNonResident,

        // The age reason (under 30 / 70+) is derived by the calculator; the other three make a 30–69 non-resident
        // a 控除対象扶養親族 (所得税法2条1項34号の2).
        NonResidentQualifies = person.IsNonResident
            && person.NonResidentReason is NonResidentReason.StudyingAbroad or NonResidentReason.Disabled or NonResidentReason.Remittance380kOrMore,
        IsBusinessFamilyEmployee = person.IsBusinessFamilyEmployee,
        ClaimedByAnotherEarner = claimedByAnotherEarner,
    };
}
