using System.Reflection;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using static YearEndAdjustment.UnitTests.Domain.Declarations.DeclarationSamples;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

// The same facts entered as declaration forms and as a hand-built calculator input must give the same adjustment.
public sealed class DeclarationAdjustmentInputBuildTests
{
    private static readonly PayrollFigures Payroll = new()
    {
        SalaryPaid = 6_000_000,
        TaxWithheld = 200_000,
        SocialInsuranceWithheld = 900_000,
        SmallEnterpriseMutualAidWithheld = 12_000,
        PreviousEmployerSalary = 300_000,
        PreviousEmployerTaxWithheld = 6_000,
        PreviousEmployerSocialInsurance = 45_000,
    };

    [Fact]
    public void Build_2025_MatchesHandBuiltInput()
    {
        var adult = Person(DeclaredRelationship.Child, new DateOnly(2004, 6, 1), 800_000, "山田 一郎");
        var young = Person(DeclaredRelationship.Child, new DateOnly(2012, 2, 1), 0, "山田 花子");
        var mother = Person(DeclaredRelationship.Parent, new DateOnly(1950, 5, 5), 400_000, "山田 ハナ");
        var spouse = Person(DeclaredRelationship.Spouse, new DateOnly(1980, 1, 1), 0, "山田 さくら");
        var forms = new DeclarationForms(
            new DependantsForm(OwnStatus.Empty, spouse, [mother], [young], [], []),
            new BasicDeductionForm(100_000, 50_000, new SpouseIncomeEstimate(1_500_000, 0), [adult], null),
            Insurance(),
            Loan());

        var fromDeclaration = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(forms, 2025, Payroll));
        var byHand = AdjustmentCalculator.Calculate(HandBuilt(2025).With(new SpouseInput { BirthDate = new DateOnly(1980, 1, 1), TotalIncome = 850_000, LivesWithEmployee = true },
        [
            Relative(new DateOnly(1950, 5, 5), 400_000, ascendant: true),
            Relative(new DateOnly(2012, 2, 1), 0, child: true),
            Relative(new DateOnly(2004, 6, 1), 800_000, child: true),
        ]));

        AssertSameFigures(byHand, fromDeclaration);
        Assert.Equal(630_000, fromDeclaration.SpecificRelativeDeduction);
        Assert.True(fromDeclaration.SpouseDeduction > 0);
        Assert.Equal(140_000, DeclarationAdjustmentInput.Build(forms, 2025, Payroll).HousingLoanCredit);
    }

    [Fact]
    public void Build_2026_SectionBRowWithSpecificTickAndPart3Row_CountsOnceWithThePart3Income()
    {
        var entry = Person(DeclaredRelationship.Child, new DateOnly(2005, 3, 3), 700_000, "佐藤 一郎");
        var young = Person(DeclaredRelationship.Child, new DateOnly(2016, 8, 8), 0, "佐藤 花子");
        var abroad = Person(DeclaredRelationship.Sibling, new DateOnly(1986, 1, 1), 0, "佐藤 次郎") with
        {
            IsNonResident = true,
            NonResidentReason = NonResidentReason.StudyingAbroad,
        };
        var otherParents = Person(DeclaredRelationship.Child, new DateOnly(2021, 1, 1), 0, "佐藤 三郎");
        var forms = new DeclarationForms(
            new DependantsForm(OwnStatus.Empty, null, [entry, abroad], [young], [new OtherEarnerRelative(otherParents, "佐藤 桜", "妻", null)], [entry.EntryId]),
            new BasicDeductionForm(0, 0, null, [entry with { EstimatedIncome = 900_000 }], null),
            Insurance(),
            null);

        var fromDeclaration = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(forms, 2026, Payroll));
        var byHand = AdjustmentCalculator.Calculate(HandBuilt(2026).With(null,
        [
            Relative(new DateOnly(1986, 1, 1), 0, nonResidentQualifies: true),
            Relative(new DateOnly(2016, 8, 8), 0, child: true),
            Relative(new DateOnly(2005, 3, 3), 900_000, child: true),
            Relative(new DateOnly(2021, 1, 1), 0, child: true, claimedByAnother: true),
        ], housingLoanCredit: 0));

        AssertSameFigures(byHand, fromDeclaration);
        Assert.Equal(1, fromDeclaration.SpecificRelativeCount);
        Assert.Equal(610_000, fromDeclaration.SpecificRelativeDeduction);
    }

    [Fact]
    public void Build_2024_SpouseFromSectionAOnlyAndOwnDisability_MatchesHandBuiltInput()
    {
        var spouse = Person(DeclaredRelationship.Spouse, new DateOnly(1950, 3, 3), 300_000, "鈴木 梅");
        var sibling = Person(DeclaredRelationship.Sibling, new DateOnly(2007, 7, 7), 0, "鈴木 竹") with { Disability = DisabilityLevel.General };
        var forms = new DeclarationForms(
            new DependantsForm(OwnStatus.Empty with { Disability = DisabilityLevel.Special }, spouse, [sibling], [], [], []),
            BasicDeductionForm.Empty,
            Insurance(),
            Loan());

        var fromDeclaration = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(forms, 2024, Payroll));
        var byHand = AdjustmentCalculator.Calculate(HandBuilt(2024).With(
            new SpouseInput { BirthDate = new DateOnly(1950, 3, 3), TotalIncome = 300_000, LivesWithEmployee = true },
            [Relative(new DateOnly(2007, 7, 7), 0, disability: DisabilityLevel.General)],
            own: DisabilityLevel.Special));

        AssertSameFigures(byHand, fromDeclaration);
        Assert.True(fromDeclaration.FlatTaxCutPersons >= 3);
        Assert.Equal(400_000 + 270_000, fromDeclaration.DisabilityDeduction);
    }

    [Fact]
    public void Build_ThenChangeOneFact_ChangesTheResult()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2004, 6, 1), 800_000);
        var forms = new DeclarationForms(DependantsForm.Empty, BasicDeductionForm.Empty with { SpecificRelatives = [child] }, InsuranceForm.Empty, null);

        var before = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(forms, 2025, Payroll));
        var after = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(
            forms with { Basic = forms.Basic with { SpecificRelatives = [child with { EstimatedIncome = 1_240_000 }] } }, 2025, Payroll));

        Assert.NotEqual(before.SpecificRelativeDeduction, after.SpecificRelativeDeduction);
        Assert.Equal(0, after.SpecificRelativeDeduction);
    }

    private static InsuranceForm Insurance() => new(
        [
            Life(LifeInsuranceCategory.General, InsuranceRegime.New, 60_000),
            Life(LifeInsuranceCategory.General, InsuranceRegime.New, 40_000),
            Life(LifeInsuranceCategory.Pension, InsuranceRegime.Old, 60_000),
            Life(LifeInsuranceCategory.CareMedical, InsuranceRegime.New, 30_000),
        ],
        [
            new EarthquakeInsuranceLine(Guid.NewGuid(), "○○損保", "火災", EarthquakeInsuranceKind.Earthquake, "1年", "本人", "本人", 20_000, new CertificateEvidence([], true)),
            new EarthquakeInsuranceLine(Guid.NewGuid(), "○○損保", "長期", EarthquakeInsuranceKind.OldLongTerm, "10年", "本人", "本人", 15_000, new CertificateEvidence([], true)),
        ],
        [new SocialInsuranceLine(Guid.NewGuid(), SocialInsuranceKind.NationalPension, "日本年金機構", "本人", 200_000, new CertificateEvidence([], true))],
        [new MutualAidLine(Guid.NewGuid(), MutualAidKind.IndividualDefinedContribution, 276_000, new CertificateEvidence([], true))]);

    private static HousingLoanForm Loan() => new(
        new DateOnly(2022, 4, 1), HousingLoanCategory.General, 20_000_000, 100, null, 30_000_000, 70, 210_000,
        new CertificateEvidence([], true), new CertificateEvidence([], true));

    // The same facts as Insurance(), Loan() and Payroll typed in directly.
    private static Hand HandBuilt(int year) => new(new AdjustmentInput
    {
        TaxYear = year,
        SalaryPaid = 6_000_000,
        TaxWithheld = 200_000,
        SocialInsuranceWithheld = 900_000,
        SocialInsuranceDeclared = 200_000,
        SmallEnterpriseMutualAid = 12_000 + 276_000,
        PreviousEmployerSalary = 300_000,
        PreviousEmployerTaxWithheld = 6_000,
        PreviousEmployerSocialInsurance = 45_000,
        OtherPayersSalary = year == 2025 ? 100_000 : 0,
        OtherIncome = year == 2025 ? 50_000 : 0,
        LifeInsurance = new LifeInsurancePremiums(NewGeneral: 100_000, OldGeneral: 0, CareMedical: 30_000, NewPension: 0, OldPension: 60_000),
        EarthquakePremium = 20_000,
        OldLongTermPremium = 15_000,
        HousingLoanCredit = 140_000,
    });

    private sealed record Hand(AdjustmentInput Input)
    {
        public AdjustmentInput With(SpouseInput? spouse, IReadOnlyList<RelativeInput> relatives, long? housingLoanCredit = null, DisabilityLevel own = DisabilityLevel.None) => new()
        {
            TaxYear = Input.TaxYear, SalaryPaid = Input.SalaryPaid, TaxWithheld = Input.TaxWithheld,
            SocialInsuranceWithheld = Input.SocialInsuranceWithheld, SocialInsuranceDeclared = Input.SocialInsuranceDeclared,
            SmallEnterpriseMutualAid = Input.SmallEnterpriseMutualAid, PreviousEmployerSalary = Input.PreviousEmployerSalary,
            PreviousEmployerTaxWithheld = Input.PreviousEmployerTaxWithheld, PreviousEmployerSocialInsurance = Input.PreviousEmployerSocialInsurance,
            OtherPayersSalary = Input.OtherPayersSalary, OtherIncome = Input.OtherIncome, LifeInsurance = Input.LifeInsurance,
            EarthquakePremium = Input.EarthquakePremium, OldLongTermPremium = Input.OldLongTermPremium,
            HousingLoanCredit = housingLoanCredit ?? Input.HousingLoanCredit, Spouse = spouse, Relatives = relatives,
            Disability = own,
        };
    }

    private static RelativeInput Relative(DateOnly birthDate, long income, bool ascendant = false, bool child = false, bool nonResidentQualifies = false,
        bool claimedByAnother = false, DisabilityLevel disability = DisabilityLevel.None) => new()
    {
        BirthDate = birthDate,
        TotalIncome = income,
        LivesWithEmployee = true,
        IsLinealAscendant = ascendant,
        IsChild = child,
        IsNonResident = nonResidentQualifies,
        NonResidentQualifies = nonResidentQualifies,
        ClaimedByAnotherEarner = claimedByAnother,
        Disability = disability,
    };

    private static void AssertSameFigures(AdjustmentResult expected, AdjustmentResult actual)
    {
        foreach (var property in typeof(AdjustmentResult).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.PropertyType == typeof(long) || p.PropertyType == typeof(int) || p.PropertyType.IsEnum))
        {
            Assert.True(Equals(property.GetValue(expected), property.GetValue(actual)),
                $"{property.Name}: by hand {property.GetValue(expected)}, from the declaration {property.GetValue(actual)}");
        }

        Assert.True(actual.IsAdjusted);
    }
}
