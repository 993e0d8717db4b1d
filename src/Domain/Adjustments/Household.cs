using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.Domain.Adjustments;

// The spouse and relatives sorted into the statutory categories once, so every deduction step reads counts instead
// of walking the list again. A struct: the bulk path must not allocate.
internal struct Household
{
    public bool SpouseIsSameHousehold;
    public bool SpouseIsElderly;
    public bool SpouseIsSpeciallyDisabled;
    public bool SpouseCountsForFlatTaxCut;

    public int DependantCount;
    public int ClaimedByAnotherEarnerCount;
    public int YoungDependantCount;
    public int GeneralDependantCount;
    public int SpecificDependantCount;
    public int ElderlyDependantCount;
    public int CohabitingParentCount;
    public int ExcludedNonResidentCount;
    public long DependantDeduction;

    public int IncomeAdjustmentQualifyingCount;
    public int LifeInsuranceYoungDependantCount;

    public int DisabledCount;
    public int SpeciallyDisabledCount;
    public int CohabitingSpeciallyDisabledCount;
    public long RelativesDisabilityDeduction;

    public int SpecificRelativeCount;
    public long SpecificRelativeDeduction;

    public bool HasSingleParentChild;
    public int FlatTaxCutRelativeCount;

    public static Household Classify(AdjustmentInput input, TaxYearRules rules, DateOnly referenceDate)
    {
        var household = default(Household);

        if (input.Spouse is { IsBusinessFamilyEmployee: false } spouse)
        {
            // 同一生計配偶者 (所得税法2条1項33号): within the dependant limit, whatever the employee earns.
            household.SpouseIsSameHousehold = spouse.TotalIncome <= rules.DependantIncomeLimit;
            household.SpouseIsElderly = LegalAge.At(spouse.BirthDate, referenceDate) >= rules.ElderlyAge;
            if (household.SpouseIsSameHousehold)
            {
                household.AddDisability(spouse.Disability, spouse.LivesWithEmployee, rules);
                household.SpouseIsSpeciallyDisabled = spouse.Disability == DisabilityLevel.Special;
                household.SpouseCountsForFlatTaxCut = rules.HasFlatTaxCut
                    && !spouse.IsNonResident
                    && spouse.TotalIncome <= rules.FlatTaxCutRelativeIncomeLimit;
            }
        }

        var relatives = input.Relatives;
        for (var i = 0; i < relatives.Count; i++)
        {
            var relative = relatives[i];
            if (relative.IsBusinessFamilyEmployee)
            {
                continue;
            }

            var age = LegalAge.At(relative.BirthDate, referenceDate);
            if (relative.ClaimedByAnotherEarner)
            {
                household.AddOtherEarnersRelative(relative, age, rules);
            }
            else if (relative.TotalIncome <= rules.DependantIncomeLimit)
            {
                household.AddDependant(relative, age, rules);
            }
            else if (rules.SpecificRelativeDeduction is { } specificRelative
                && age >= rules.SpecificDependantAgeFrom
                && age < rules.SpecificDependantAgeBelow
                && relative.TotalIncome <= specificRelative.MaxIncome)
            {
                // 特定親族 (2025 onward): aged 19–22 above the dependant limit; not a 扶養親族, so it counts for
                // nothing else (tax-rules.md §8.2).
                household.SpecificRelativeCount++;
                household.SpecificRelativeDeduction += specificRelative.Lookup(relative.TotalIncome);
            }
        }

        return household;
    }

    // A relative another earner claims (扶養控除等申告書 section D) is that earner's 扶養親族 or 特定親族 only
    // (所得税法85条5項, 施行令219条): nothing of 扶養控除, 特定親族特別控除, 障害者控除, 定額減税, ひとり親 or 寡婦 here.
    // Within the dependant limit they are still a 扶養親族 "of" this employee for 所得金額調整控除, which both
    // earners may claim (tax-rules.md §5; 措置法通達41の3の3-1), and, if the year's rules say so, for the 2026
    // life-insurance special.
    private void AddOtherEarnersRelative(RelativeInput relative, int age, TaxYearRules rules)
    {
        ClaimedByAnotherEarnerCount++;
        if (relative.TotalIncome > rules.DependantIncomeLimit)
        {
            return;
        }

        if (relative.Disability == DisabilityLevel.Special || age < rules.IncomeAdjustmentDependantAgeBelow)
        {
            IncomeAdjustmentQualifyingCount++;
        }

        if (rules.LifeInsuranceYoungDependantIncludesOtherEarnersRelatives && age < rules.LifeInsuranceYoungDependantAgeBelow)
        {
            LifeInsuranceYoungDependantCount++;
        }
    }

    private void AddDependant(RelativeInput relative, int age, TaxYearRules rules)
    {
        // 扶養親族 (所得税法2条1項34号): any age. Under-16s give no 扶養控除 but count for 障害者控除,
        // 所得金額調整控除, the 2026 life-insurance special and the 2024 定額減税.
        DependantCount++;
        AddDisability(relative.Disability, relative.LivesWithEmployee, rules);
        if (relative.Disability == DisabilityLevel.Special || age < rules.IncomeAdjustmentDependantAgeBelow)
        {
            IncomeAdjustmentQualifyingCount++;
        }

        if (age < rules.LifeInsuranceYoungDependantAgeBelow)
        {
            LifeInsuranceYoungDependantCount++;
        }

        if (relative.TotalIncome <= rules.FlatTaxCutRelativeIncomeLimit && rules.HasFlatTaxCut && !relative.IsNonResident)
        {
            FlatTaxCutRelativeCount++;
        }

        if (relative.IsChild && relative.TotalIncome <= rules.SingleParentChildIncomeLimit)
        {
            HasSingleParentChild = true;
        }

        if (age < rules.DependantMinimumAge)
        {
            YoungDependantCount++;
            return;
        }

        // 控除対象扶養親族 excludes non-residents aged 30–69 unless studying abroad, disabled or supported with
        // 380,000 or more (所得税法2条1項34号の2, from 2023).
        if (relative.IsNonResident
            && age >= rules.NonResidentRestrictedAgeFrom
            && age < rules.NonResidentRestrictedAgeBelow
            && !relative.NonResidentQualifies)
        {
            ExcludedNonResidentCount++;
            return;
        }

        if (age >= rules.SpecificDependantAgeFrom && age < rules.SpecificDependantAgeBelow)
        {
            SpecificDependantCount++;
            DependantDeduction += rules.SpecificDependantDeduction;
        }
        else if (age >= rules.ElderlyAge && relative.IsLinealAscendant && relative.LivesWithEmployee)
        {
            // 同居老親等 (措置法41条の16).
            CohabitingParentCount++;
            DependantDeduction += rules.CohabitingParentDeduction;
        }
        else if (age >= rules.ElderlyAge)
        {
            ElderlyDependantCount++;
            DependantDeduction += rules.ElderlyDependantDeduction;
        }
        else
        {
            GeneralDependantCount++;
            DependantDeduction += rules.GeneralDependantDeduction;
        }
    }

    // 所得税法79条: per qualifying 同一生計配偶者 or 扶養親族; 同居特別障害者 when a 特別障害者 lives with the employee.
    private void AddDisability(DisabilityLevel disability, bool livesWithEmployee, TaxYearRules rules)
    {
        switch (disability)
        {
            case DisabilityLevel.General:
                DisabledCount++;
                RelativesDisabilityDeduction += rules.DisabilityDeduction;
                break;
            case DisabilityLevel.Special when livesWithEmployee:
                CohabitingSpeciallyDisabledCount++;
                RelativesDisabilityDeduction += rules.CohabitingSpecialDisabilityDeduction;
                break;
            case DisabilityLevel.Special:
                SpeciallyDisabledCount++;
                RelativesDisabilityDeduction += rules.SpecialDisabilityDeduction;
                break;
        }
    }
}
