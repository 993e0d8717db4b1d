using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using static YearEndAdjustment.UnitTests.Domain.Declarations.DeclarationSamples;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

public sealed class DeclarationChecksRunTests
{
    private static readonly DateOnly Today = new(2025, 11, 10);

    private static IReadOnlyList<DeclarationCheck> Run(DeclarationForms forms, int year = 2025, DateOnly? today = null) =>
        DeclarationChecks.Run(forms, DeclarationYearCatalog.For(year), today ?? Today);

    private static DeclarationCheck Single(IReadOnlyList<DeclarationCheck> checks, string code) => Assert.Single(checks, c => c.Code == code);

    [Fact]
    public void Run_PlainDeclaration_FindsNothing()
    {
        var forms = WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1), 100_000)) with
        {
            Insurance = InsuranceForm.Empty with { Life = [Life(LifeInsuranceCategory.General, InsuranceRegime.New, 50_000)] },
        };

        Assert.Empty(Run(forms));
    }

    [Theory]
    [InlineData(2025, 700_000, DeclarationCheckCodes.SpecificRelativeSuggested)]
    [InlineData(2026, 700_000, DeclarationCheckCodes.SpecificRelativeSuggested)]
    [InlineData(2024, 700_000, DeclarationCheckCodes.RelativeOverIncomeLimit)]
    [InlineData(2025, 1_300_000, DeclarationCheckCodes.RelativeOverIncomeLimit)]
    public void Run_RelativeOverDependantLimit_WarnsOrSuggestsSpecificRelative(int year, long income, string expected)
    {
        // Aged 20 at the year's end in every year.
        var child = Person(DeclaredRelationship.Child, new DateOnly(year - 20, 5, 1), income);

        var check = Single(Run(WithRelatives(child), year, new DateOnly(year, 11, 1)), expected);

        Assert.Equal(CheckSeverity.Warning, check.Severity);
        Assert.Equal($"dependants.relatives[{child.EntryId}].income", check.FieldPath);
    }

    [Fact]
    public void Run_RelativeWithinTheLimit_IsNotWarned()
    {
        // 2025 limit is 580,000; 2026 is 620,000 (TaxYearRules): 600,000 is over in 2025, within in 2026.
        var child = Person(DeclaredRelationship.Child, new DateOnly(2006, 5, 1), 600_000);

        Assert.Contains(Run(WithRelatives(child), 2025), c => c.Code == DeclarationCheckCodes.SpecificRelativeSuggested);
        Assert.DoesNotContain(Run(WithRelatives(child), 2026, new DateOnly(2026, 11, 1)), c => c.Code == DeclarationCheckCodes.SpecificRelativeSuggested);
    }

    [Fact]
    public void Run_SpecificRelativesIn2024_Blocks()
    {
        var forms = DeclarationForms.Empty with
        {
            Basic = BasicDeductionForm.Empty with { SpecificRelatives = [Person(DeclaredRelationship.Child, new DateOnly(2004, 5, 1), 700_000)] },
        };

        Assert.True(Single(Run(forms, 2024, new DateOnly(2024, 11, 1)), DeclarationCheckCodes.SectionNotInYear).IsBlocking);
    }

    [Fact]
    public void Run_SameRelativeTwice_Blocks()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1));
        var again = child with { EntryId = Guid.NewGuid(), EstimatedIncome = 10 };

        var check = Single(Run(WithRelatives(child, again)), DeclarationCheckCodes.RelativeClaimedTwice);

        Assert.True(check.IsBlocking);
        Assert.Equal($"dependants.relatives[{again.EntryId}]", check.FieldPath);
    }

    [Fact]
    public void Run_SameMyNumberUnderAnotherName_Blocks()
    {
        var number = DeclaredMyNumber.Provided(Protected("abc"));
        var one = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1), name: "一") with { MyNumber = number };
        var two = Person(DeclaredRelationship.Child, new DateOnly(2006, 4, 1), name: "二") with { MyNumber = number };

        Assert.Contains(Run(WithRelatives(one, two)), c => c.Code == DeclarationCheckCodes.RelativeClaimedTwice);
    }

    [Fact]
    public void Run_2026TickedSectionBRowAndItsPart3Row_IsNotADuplicate()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1), 800_000);
        var forms = new DeclarationForms(
            DependantsForm.Empty with { Relatives = [child], SpecificRelativeEntryIds = [child.EntryId] },
            BasicDeductionForm.Empty with { SpecificRelatives = [child] },
            InsuranceForm.Empty,
            null);

        Assert.DoesNotContain(Run(forms, 2026, new DateOnly(2026, 11, 1)), c => c.Code == DeclarationCheckCodes.RelativeClaimedTwice);
        Assert.Contains(Run(forms, 2025), c => c.Code == DeclarationCheckCodes.RelativeClaimedTwice);
    }

    [Fact]
    public void Run_UnderSixteenInSectionB_Blocks()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2010, 1, 2));

        Assert.True(Single(Run(WithRelatives(child)), DeclarationCheckCodes.AgeContradictsSection).IsBlocking);
    }

    [Fact]
    public void Run_BornOnJanuaryFirstIsSixteenOnDecember31_NotFlagged()
    {
        // 年齢計算ニ関スル法律: born 2010-01-01 is 16 at 2025-12-31 (tax-rules.md §8.1).
        Assert.Empty(Run(WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2010, 1, 1)))));
    }

    [Fact]
    public void Run_SixteenInTheUnderSixteenList_Blocks()
    {
        var forms = DeclarationForms.Empty with { Dependants = DependantsForm.Empty with { YoungRelatives = [Person(DeclaredRelationship.Child, new DateOnly(2009, 6, 1))] } };

        Assert.Contains(Run(forms), c => c.Code == DeclarationCheckCodes.AgeContradictsSection);
    }

    [Fact]
    public void Run_BirthDates_BlockFutureAndAfterTheTaxYear()
    {
        var future = Person(DeclaredRelationship.Child, new DateOnly(2025, 12, 20));
        var nextYear = Person(DeclaredRelationship.Child, new DateOnly(2026, 1, 3), name: "次");

        var checks = Run(WithRelatives(future, nextYear), 2025, new DateOnly(2026, 2, 1));

        Assert.Contains(checks, c => c.Code == DeclarationCheckCodes.BornAfterTaxYear && c.FieldPath.Contains(nextYear.EntryId.ToString(), StringComparison.Ordinal));
        Assert.Contains(Run(WithRelatives(future)), c => c.Code == DeclarationCheckCodes.BirthDateInFuture);
    }

    [Fact]
    public void Run_InvalidMyNumber_Blocks()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1)) with { MyNumber = DeclaredMyNumber.Invalid() };

        var check = Single(Run(WithRelatives(child)), DeclarationCheckCodes.MyNumberInvalid);

        Assert.Equal($"dependants.relatives[{child.EntryId}].myNumber", check.FieldPath);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000_000_001)]
    public void Run_AbsurdAmounts_Block(long amount)
    {
        var forms = DeclarationForms.Empty with { Basic = BasicDeductionForm.Empty with { OtherIncome = amount } };

        Assert.Equal(DeclarationFieldPaths.OtherIncome, Single(Run(forms), DeclarationCheckCodes.AmountOutOfRange).FieldPath);
    }

    [Fact]
    public void Run_AmountAtTheMaximum_IsAccepted()
    {
        var forms = DeclarationForms.Empty with { Basic = BasicDeductionForm.Empty with { OtherIncome = DeclarationYearDefinition.MaxAmount } };

        Assert.DoesNotContain(Run(forms), c => c.Code == DeclarationCheckCodes.AmountOutOfRange);
    }

    [Theory]
    [InlineData(InsuranceRegime.New, 5_000, true)]
    [InlineData(InsuranceRegime.Old, 9_000, false)]
    [InlineData(InsuranceRegime.Old, 9_001, true)]
    public void Run_LifeLineWithoutCertificate_BlocksUnlessWaived(InsuranceRegime regime, long premium, bool blocked)
    {
        var forms = DeclarationForms.Empty with { Insurance = InsuranceForm.Empty with { Life = [Life(LifeInsuranceCategory.General, regime, premium, certificate: false)] } };

        Assert.Equal(blocked, Run(forms).Any(c => c.Code == DeclarationCheckCodes.CertificateMissing));
    }

    [Fact]
    public void Run_NationalPensionWithoutCertificate_Blocks_HealthInsuranceDoesNot()
    {
        SocialInsuranceLine Line(SocialInsuranceKind kind) => new(Guid.NewGuid(), kind, "支払先", "本人", 100_000, CertificateEvidence.None);
        var forms = DeclarationForms.Empty with
        {
            Insurance = InsuranceForm.Empty with { SocialInsurance = [Line(SocialInsuranceKind.NationalPension), Line(SocialInsuranceKind.NationalHealthInsurance)] },
        };

        Assert.Single(Run(forms), c => c.Code == DeclarationCheckCodes.CertificateMissing);
    }

    [Fact]
    public void Run_LifePremiumsBeyondTheCap_Warn()
    {
        var forms = DeclarationForms.Empty with { Insurance = InsuranceForm.Empty with { Life = [Life(LifeInsuranceCategory.General, InsuranceRegime.New, 100_000)] } };

        var check = Single(Run(forms), DeclarationCheckCodes.LifeInsuranceCapped);

        Assert.Equal(CheckSeverity.Warning, check.Severity);
        Assert.Contains("40,000円", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_2026WithYoungDependant_UsesTheSixtyThousandCap()
    {
        var forms = DeclarationForms.Empty with
        {
            Dependants = DependantsForm.Empty with { YoungRelatives = [Person(DeclaredRelationship.Child, new DateOnly(2016, 1, 5))] },
            Insurance = InsuranceForm.Empty with { Life = [Life(LifeInsuranceCategory.General, InsuranceRegime.New, 130_000)] },
        };

        Assert.Contains("60,000円", Single(Run(forms, 2026, new DateOnly(2026, 11, 1)), DeclarationCheckCodes.LifeInsuranceCapped).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SpouseAboveTheSpecialLimit_Warns()
    {
        var forms = DeclarationForms.Empty with
        {
            Dependants = DependantsForm.Empty with { Spouse = Person(DeclaredRelationship.Spouse, new DateOnly(1980, 1, 1)) },
            Basic = BasicDeductionForm.Empty with { SpouseIncome = new SpouseIncomeEstimate(2_100_000, 0) },
        };

        Assert.Equal(CheckSeverity.Warning, Single(Run(forms), DeclarationCheckCodes.SpouseOverSpecialLimit).Severity);
    }

    [Fact]
    public void Run_SpecifiedRenovationHousingLoanIn2026_Blocks()
    {
        var loan = new HousingLoanForm(new DateOnly(2020, 4, 1), HousingLoanCategory.SpecifiedRenovation, 1_000_000, 100, null, 10_000_000, 100, 100_000,
            new CertificateEvidence([], true), new CertificateEvidence([], true));
        var forms = DeclarationForms.Empty with { HousingLoan = loan };

        Assert.Contains(Run(forms, 2026, new DateOnly(2026, 11, 1)), c => c.Code == DeclarationCheckCodes.SectionNotInYear);
        Assert.DoesNotContain(Run(forms, 2025), c => c.Code == DeclarationCheckCodes.SectionNotInYear);
    }

    [Fact]
    public void Run_NonResidentAged40WithTheAgeReason_Blocks()
    {
        var sibling = Person(DeclaredRelationship.Sibling, new DateOnly(1985, 1, 1)) with
        {
            IsNonResident = true,
            NonResidentReason = NonResidentReason.AgeUnder30OrOver70,
        };

        Assert.Contains(Run(WithRelatives(sibling)), c => c.Code == DeclarationCheckCodes.AgeContradictsSection);
    }

    [Fact]
    public void Run_Messages_NeverContainTheName()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2026, 1, 5), -5, name: "秘密 太郎") with { MyNumber = DeclaredMyNumber.Invalid() };

        Assert.All(Run(WithRelatives(child, child)), c => Assert.DoesNotContain("秘密", c.Message, StringComparison.Ordinal));
    }
}
