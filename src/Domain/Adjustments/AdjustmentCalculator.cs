using YearEndAdjustment.Domain.Adjustments.Rules;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Adjustments;

// The year-end adjustment of tax-rules.md §1, step by step, in integer yen. Pure: no I/O, no clock; the year's
// figures come from TaxYearRules. Without a trace the only allocation is the result.
public static class AdjustmentCalculator
{
    public const string RulesYearMismatchCode = "adjustment.rules_year_mismatch";

    public static AdjustmentResult Calculate(AdjustmentInput input, bool includeTrace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Calculate(input, TaxYearRulesCatalog.For(input.TaxYear), includeTrace);
    }

    public static AdjustmentResult Calculate(AdjustmentInput input, TaxYearRules rules, bool includeTrace = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Year != input.TaxYear)
        {
            throw new DomainRuleViolationException(
                RulesYearMismatchCode,
                new RuleMessage(RulesYearMismatchCode, "taxYear: {0}年分の入力に {1}年分の規則は使えません。").With(input.TaxYear, rules.Year));
        }

        var referenceDate = input.ReferenceDate ?? new DateOnly(input.TaxYear, 12, 31);
        AdjustmentInputValidator.Validate(input, referenceDate);

        var trace = includeTrace ? new TraceRecorder() : null;
        var result = new AdjustmentResult { TaxYear = input.TaxYear };

        // Steps 1–2: this employer's and the previous employer's figures together (所得税法190条).
        var salary = input.SalaryPaid + input.PreviousEmployerSalary;
        var withheld = input.TaxWithheld + input.PreviousEmployerTaxWithheld;
        result.SalaryTotal = salary;
        result.WithheldTaxTotal = withheld;
        trace?.Add(AdjustmentSteps.SalaryTotal, salary,
            new TraceInput("salaryPaid", input.SalaryPaid), new TraceInput("previousEmployerSalary", input.PreviousEmployerSalary));
        trace?.Add(AdjustmentSteps.WithheldTaxTotal, withheld,
            new TraceInput("taxWithheld", input.TaxWithheld), new TraceInput("previousEmployerTaxWithheld", input.PreviousEmployerTaxWithheld));

        var notAdjusted = NotAdjustedReasonFor(input, rules, salary);
        if (notAdjusted != NotAdjustedReason.None)
        {
            result.NotAdjustedReason = notAdjusted;
            trace?.Add(AdjustmentSteps.NotAdjusted, salary,
                new TraceInput("salaryTotal", salary), new TraceInput("adjustmentSalaryCeiling", rules.AdjustmentSalaryCeiling));
            if (trace is not null)
            {
                result.Trace = trace.ToList();
            }

            return result;
        }

        var household = Household.Classify(input, rules, referenceDate);

        // Step 3.
        var employmentIncome = rules.EmploymentIncome.Lookup(salary);
        result.EmploymentIncome = employmentIncome;
        if (trace is not null)
        {
            TraceEmploymentIncome(trace, rules, salary, employmentIncome);
        }

        // Step 4: salary over 8,500,000 and a 特別障害者 (employee, 同一生計配偶者, 扶養親族) or a 扶養親族 under 23,
        // counting relatives another earner claims (tax-rules.md §5).
        var hasIncomeAdjustmentPerson = input.Disability == DisabilityLevel.Special
            || household.SpouseIsSpeciallyDisabled
            || household.IncomeAdjustmentQualifyingCount > 0;
        var incomeAdjustment = hasIncomeAdjustmentPerson ? IncomeAdjustment(salary, rules) : 0;

        result.IncomeAdjustmentDeduction = incomeAdjustment;
        trace?.Add(AdjustmentSteps.IncomeAdjustmentDeduction, incomeAdjustment,
            new TraceInput("salaryTotal", salary),
            new TraceInput("employeeSpeciallyDisabled", input.Disability == DisabilityLevel.Special ? 1 : 0),
            new TraceInput("spouseSpeciallyDisabled", household.SpouseIsSpeciallyDisabled ? 1 : 0),
            new TraceInput("qualifyingDependants", household.IncomeAdjustmentQualifyingCount));

        // Step 5. 合計所得金額 counts the 給与所得 of every payer's salary together (基礎控除申告書 ①→②): salary
        // from payers not adjusted here changes the employee's 給与所得 but not the salary adjusted (所得税法28条・190条).
        var salaryIncome = Math.Max(0, employmentIncome - incomeAdjustment);
        var salaryIncomeAllPayers = salaryIncome;
        if (input.OtherPayersSalary > 0)
        {
            var allPayersSalary = salary + input.OtherPayersSalary;
            salaryIncomeAllPayers = Math.Max(
                0,
                rules.EmploymentIncome.Lookup(allPayersSalary)
                    - (hasIncomeAdjustmentPerson ? IncomeAdjustment(allPayersSalary, rules) : 0));
        }

        var totalIncome = salaryIncomeAllPayers + input.OtherIncome;
        result.SalaryIncome = salaryIncome;
        result.TotalIncome = totalIncome;
        trace?.Add(AdjustmentSteps.SalaryIncome, salaryIncome,
            new TraceInput("employmentIncome", employmentIncome), new TraceInput("incomeAdjustmentDeduction", incomeAdjustment));
        trace?.Add(AdjustmentSteps.TotalIncome, totalIncome,
            new TraceInput("salaryIncome", salaryIncome),
            new TraceInput("otherPayersSalary", input.OtherPayersSalary),
            new TraceInput("salaryIncomeAllPayers", salaryIncomeAllPayers),
            new TraceInput("otherIncome", input.OtherIncome));

        // Step 6: income deductions.
        var socialInsurance = input.SocialInsuranceWithheld + input.SocialInsuranceDeclared + input.PreviousEmployerSocialInsurance;
        result.SocialInsuranceDeduction = socialInsurance;
        trace?.Add(AdjustmentSteps.SocialInsuranceDeduction, socialInsurance,
            new TraceInput("socialInsuranceWithheld", input.SocialInsuranceWithheld),
            new TraceInput("socialInsuranceDeclared", input.SocialInsuranceDeclared),
            new TraceInput("previousEmployerSocialInsurance", input.PreviousEmployerSocialInsurance));

        // 所得税法75条: deducted in full, whether withheld by this or the previous employer or paid directly.
        var mutualAid = input.SmallEnterpriseMutualAid + input.PreviousEmployerSmallEnterpriseMutualAid;
        result.SmallEnterpriseMutualAidDeduction = mutualAid;
        if (mutualAid > 0)
        {
            trace?.Add(AdjustmentSteps.SmallEnterpriseMutualAidDeduction, mutualAid,
                new TraceInput("smallEnterpriseMutualAid", input.SmallEnterpriseMutualAid),
                new TraceInput("previousEmployerSmallEnterpriseMutualAid", input.PreviousEmployerSmallEnterpriseMutualAid));
        }

        var lifeInsurance = LifeInsurance(input.LifeInsurance, household, rules, result);
        trace?.Add(AdjustmentSteps.LifeInsuranceDeduction, lifeInsurance,
            new TraceInput("newGeneral", input.LifeInsurance.NewGeneral),
            new TraceInput("oldGeneral", input.LifeInsurance.OldGeneral),
            new TraceInput("careMedical", input.LifeInsurance.CareMedical),
            new TraceInput("newPension", input.LifeInsurance.NewPension),
            new TraceInput("oldPension", input.LifeInsurance.OldPension),
            new TraceInput("generalDeduction", result.LifeInsuranceGeneral),
            new TraceInput("careMedicalDeduction", result.LifeInsuranceCareMedical),
            new TraceInput("pensionDeduction", result.LifeInsurancePension),
            new TraceInput("youngDependants", household.LifeInsuranceYoungDependantCount));

        // 所得税法77条: the two kinds add up to the combined cap.
        var earthquake = Math.Min(
            Math.Min(input.EarthquakePremium, rules.EarthquakeInsuranceCap) + rules.OldLongTermInsurance.Apply(input.OldLongTermPremium),
            rules.EarthquakeInsuranceTotalCap);
        result.EarthquakeInsuranceDeduction = earthquake;
        trace?.Add(AdjustmentSteps.EarthquakeInsuranceDeduction, earthquake,
            new TraceInput("earthquakePremium", input.EarthquakePremium), new TraceInput("oldLongTermPremium", input.OldLongTermPremium));

        var spouse = SpouseDeduction(input.Spouse, household, totalIncome, rules, out var spouseKind);
        result.SpouseDeduction = spouse;
        result.SpouseDeductionKind = spouseKind;
        if (input.Spouse is not null)
        {
            var spouseStep = spouseKind == SpouseDeductionKind.SpouseSpecial
                ? AdjustmentSteps.SpouseSpecialDeduction
                : AdjustmentSteps.SpouseDeduction;
            trace?.Add(spouseStep, spouse,
                new TraceInput("employeeTotalIncome", totalIncome),
                new TraceInput("spouseTotalIncome", input.Spouse.TotalIncome),
                new TraceInput("spouseElderly", household.SpouseIsElderly ? 1 : 0));
        }

        result.SpecificRelativeCount = household.SpecificRelativeCount;
        result.SpecificRelativeDeduction = household.SpecificRelativeDeduction;
        if (household.SpecificRelativeCount > 0)
        {
            trace?.Add(AdjustmentSteps.SpecificRelativeDeduction, household.SpecificRelativeDeduction,
                new TraceInput("specificRelatives", household.SpecificRelativeCount));
        }

        result.GeneralDependantCount = household.GeneralDependantCount;
        result.SpecificDependantCount = household.SpecificDependantCount;
        result.ElderlyDependantCount = household.ElderlyDependantCount;
        result.CohabitingParentCount = household.CohabitingParentCount;
        result.YoungDependantCount = household.YoungDependantCount;
        result.DependantDeduction = household.DependantDeduction;
        if (household.DependantCount > 0)
        {
            trace?.Add(AdjustmentSteps.DependantDeduction, household.DependantDeduction,
                new TraceInput("generalDependants", household.GeneralDependantCount),
                new TraceInput("specificDependants", household.SpecificDependantCount),
                new TraceInput("elderlyDependants", household.ElderlyDependantCount),
                new TraceInput("cohabitingParents", household.CohabitingParentCount),
                new TraceInput("dependantsUnder16", household.YoungDependantCount),
                new TraceInput("excludedNonResidents", household.ExcludedNonResidentCount),
                new TraceInput("claimedByAnotherEarner", household.ClaimedByAnotherEarnerCount));
        }

        var ownDisability = input.Disability switch
        {
            DisabilityLevel.General => rules.DisabilityDeduction,
            DisabilityLevel.Special => rules.SpecialDisabilityDeduction,
            _ => 0,
        };
        var disability = ownDisability + household.RelativesDisabilityDeduction;
        result.DisabilityDeduction = disability;
        if (disability > 0)
        {
            trace?.Add(AdjustmentSteps.DisabilityDeduction, disability,
                new TraceInput("employee", ownDisability),
                new TraceInput("disabledRelatives", household.DisabledCount),
                new TraceInput("speciallyDisabledRelatives", household.SpeciallyDisabledCount),
                new TraceInput("cohabitingSpeciallyDisabledRelatives", household.CohabitingSpeciallyDisabledCount));
        }

        // ひとり親控除 (所得税法81条) takes precedence over 寡婦控除 (所得税法80条); both need 合計所得 ≤ 5,000,000.
        var withinWidowLimit = totalIncome <= rules.WidowSingleParentIncomeLimit;
        var singleParent = input.IsSingleParent && withinWidowLimit && household.HasSingleParentChild
            ? rules.SingleParentDeduction
            : 0;
        var widow = singleParent == 0
            && withinWidowLimit
            && (input.Widow == WidowStatus.Widowed || (input.Widow == WidowStatus.Divorced && household.DependantCount > 0))
            ? rules.WidowDeduction
            : 0;
        result.SingleParentDeduction = singleParent;
        result.WidowDeduction = widow;
        if (input.IsSingleParent)
        {
            trace?.Add(AdjustmentSteps.SingleParentDeduction, singleParent,
                new TraceInput("totalIncome", totalIncome), new TraceInput("qualifyingChild", household.HasSingleParentChild ? 1 : 0));
        }

        if (input.Widow != WidowStatus.None)
        {
            trace?.Add(AdjustmentSteps.WidowDeduction, widow,
                new TraceInput("totalIncome", totalIncome), new TraceInput("dependants", household.DependantCount));
        }

        // 勤労学生 (所得税法2条1項32号): total income and non-employment income both within their limits.
        var workingStudent = input.IsWorkingStudent
            && totalIncome <= rules.WorkingStudentIncomeLimit
            && input.OtherIncome <= rules.WorkingStudentNonEmploymentIncomeLimit
            ? rules.WorkingStudentDeduction
            : 0;
        result.WorkingStudentDeduction = workingStudent;
        if (input.IsWorkingStudent)
        {
            trace?.Add(AdjustmentSteps.WorkingStudentDeduction, workingStudent,
                new TraceInput("totalIncome", totalIncome), new TraceInput("otherIncome", input.OtherIncome));
        }

        var basic = rules.BasicDeduction.Lookup(totalIncome);
        result.BasicDeduction = basic;
        trace?.AddWithRule(AdjustmentSteps.BasicDeduction, basic, rules.BasicDeductionSource, new TraceInput("totalIncome", totalIncome));

        var totalDeductions = socialInsurance + mutualAid + lifeInsurance + earthquake + spouse
            + household.SpecificRelativeDeduction + household.DependantDeduction + disability
            + widow + singleParent + workingStudent + basic;
        result.TotalDeductions = totalDeductions;
        trace?.Add(AdjustmentSteps.TotalDeductions, totalDeductions,
            new TraceInput("socialInsurance", socialInsurance),
            new TraceInput("smallEnterpriseMutualAid", mutualAid),
            new TraceInput("lifeInsurance", lifeInsurance),
            new TraceInput("earthquakeInsurance", earthquake),
            new TraceInput("spouse", spouse),
            new TraceInput("specificRelative", household.SpecificRelativeDeduction),
            new TraceInput("dependants", household.DependantDeduction),
            new TraceInput("disability", disability),
            new TraceInput("widow", widow),
            new TraceInput("singleParent", singleParent),
            new TraceInput("workingStudent", workingStudent),
            new TraceInput("basic", basic));

        // Step 7: 1,000円未満切捨て.
        var taxable = Math.Max(0, salaryIncome - totalDeductions) / 1_000 * 1_000;
        result.TaxableIncome = taxable;
        trace?.Add(AdjustmentSteps.TaxableIncome, taxable,
            new TraceInput("salaryIncome", salaryIncome), new TraceInput("totalDeductions", totalDeductions));

        // Step 8.
        var computedTax = rules.TaxRates.Compute(taxable);
        result.ComputedTax = computedTax;
        trace?.Add(AdjustmentSteps.ComputedTax, computedTax, new TraceInput("taxableIncome", taxable));

        // Steps 9–10: the credit is limited to the computed tax; the rest is not refunded by income tax.
        var housingCredit = Math.Min(input.HousingLoanCredit, computedTax);
        var afterHousing = computedTax - housingCredit;
        result.HousingLoanCredit = housingCredit;
        result.TaxAfterHousingLoanCredit = afterHousing;
        if (input.HousingLoanCredit > 0)
        {
            trace?.Add(AdjustmentSteps.HousingLoanCredit, housingCredit,
                new TraceInput("declaredCredit", input.HousingLoanCredit), new TraceInput("computedTax", computedTax));
        }

        trace?.Add(AdjustmentSteps.TaxAfterHousingLoanCredit, afterHousing,
            new TraceInput("computedTax", computedTax), new TraceInput("housingLoanCredit", housingCredit));

        // Step 10a (2024): 年調減税額 after the housing credit and before the surtax; the unabsorbed part is the
        // 控除外額 reported on the 源泉徴収票.
        var beforeSurtax = afterHousing;
        if (rules.HasFlatTaxCut)
        {
            var persons = totalIncome <= rules.FlatTaxCutEmployeeIncomeLimit
                ? 1 + (household.SpouseCountsForFlatTaxCut ? 1 : 0) + household.FlatTaxCutRelativeCount
                : 0;
            var cut = persons * rules.FlatTaxCutPerPerson;
            var applied = Math.Min(cut, afterHousing);
            beforeSurtax = afterHousing - applied;
            result.FlatTaxCutPersons = persons;
            result.FlatTaxCut = cut;
            result.FlatTaxCutApplied = applied;
            result.FlatTaxCutUnabsorbed = cut - applied;
            trace?.Add(AdjustmentSteps.FlatTaxCut, cut,
                new TraceInput("persons", persons),
                new TraceInput("perPerson", rules.FlatTaxCutPerPerson),
                new TraceInput("totalIncome", totalIncome));
            trace?.Add(AdjustmentSteps.TaxAfterFlatTaxCut, beforeSurtax,
                new TraceInput("taxAfterHousingLoanCredit", afterHousing), new TraceInput("flatTaxCutApplied", applied));
            trace?.Add(AdjustmentSteps.FlatTaxCutUnabsorbed, cut - applied,
                new TraceInput("flatTaxCut", cut), new TraceInput("flatTaxCutApplied", applied));
        }

        result.TaxAfterFlatTaxCut = beforeSurtax;

        // Step 11: × 102.1%, 100円未満切捨て.
        var annualTax = beforeSurtax * rules.SurtaxNumerator / rules.SurtaxDenominator / 100 * 100;
        result.AnnualTax = annualTax;
        trace?.Add(AdjustmentSteps.AnnualTax, annualTax,
            new TraceInput("incomeTax", beforeSurtax), new TraceInput("surtaxPerMille", rules.SurtaxNumerator));

        // Step 12.
        var difference = annualTax - withheld;
        result.Difference = difference;
        trace?.Add(AdjustmentSteps.Difference, difference, new TraceInput("annualTax", annualTax), new TraceInput("withheldTaxTotal", withheld));

        if (trace is not null)
        {
            result.Trace = trace.ToList();
        }

        return result;
    }

    private static NotAdjustedReason NotAdjustedReasonFor(AdjustmentInput input, TaxYearRules rules, long salary)
    {
        if (salary > rules.AdjustmentSalaryCeiling)
        {
            return NotAdjustedReason.SalaryOverCeiling;
        }

        switch (input.WithholdingColumn)
        {
            case WithholdingColumn.Secondary:
                return NotAdjustedReason.SecondaryColumn;
            case WithholdingColumn.Daily:
                return NotAdjustedReason.DailyColumn;
        }

        if (input.IsNonResident)
        {
            return NotAdjustedReason.NonResident;
        }

        if (input.HasDisasterRelief)
        {
            return NotAdjustedReason.DisasterRelief;
        }

        return input.EmploymentStatus switch
        {
            EmploymentStatus.LeftOther => NotAdjustedReason.LeftDuringYear,
            EmploymentStatus.LeftPartTimeNotReemployed when salary > rules.PartTimeLeaverSalaryLimit => NotAdjustedReason.LeftDuringYear,
            _ => NotAdjustedReason.None,
        };
    }

    // Step 4 (措置法41条の3の11第1項): salary over 8,500,000 → (min(S, 10,000,000) − 8,500,000) × 10%, 1円未満切上げ,
    // at most 150,000 (NTA 令和7年分 年末調整のしかた p.37). The caller checks for a qualifying person.
    private static long IncomeAdjustment(long salary, TaxYearRules rules)
    {
        if (salary <= rules.IncomeAdjustmentSalaryThreshold)
        {
            return 0;
        }

        var excess = Math.Min(salary, rules.IncomeAdjustmentSalaryCeiling) - rules.IncomeAdjustmentSalaryThreshold;
        return Math.Min(((excess * rules.IncomeAdjustmentRatePercent) + 99) / 100, rules.IncomeAdjustmentMaximum);
    }

    private static void TraceEmploymentIncome(TraceRecorder trace, TaxYearRules rules, long salary, long employmentIncome)
    {
        var table = rules.EmploymentIncome;
        if (salary >= table.ExactUntil && salary < EmploymentIncomeTable.TableEnd)
        {
            var row = table.FindRow(salary);
            trace.AddWithRule(AdjustmentSteps.EmploymentIncome, employmentIncome, rules.EmploymentIncomeSource,
                new TraceInput("salaryTotal", salary), new TraceInput("tableRowFrom", row.From), new TraceInput("tableRowTo", row.To));
        }
        else
        {
            trace.AddWithRule(AdjustmentSteps.EmploymentIncome, employmentIncome, rules.EmploymentIncomeSource,
                new TraceInput("salaryTotal", salary), new TraceInput("minimumDeduction", table.MinimumDeduction));
        }
    }

    // 所得税法76条: per category, new only → formula I (2026 special: II), old only → III, both → the sum capped at the
    // new formula's cap, unless old alone is larger. Total cap 120,000.
    private static long LifeInsurance(LifeInsurancePremiums premiums, in Household household, TaxYearRules rules, AdjustmentResult result)
    {
        var newGeneralFormula = rules.LifeInsuranceNewGeneralWithYoungDependant is { } special && household.LifeInsuranceYoungDependantCount > 0
            ? special
            : rules.LifeInsuranceNew;
        var general = Category(premiums.NewGeneral, premiums.OldGeneral, newGeneralFormula, rules.LifeInsuranceOld);
        var careMedical = rules.LifeInsuranceNew.Apply(premiums.CareMedical);
        var pension = Category(premiums.NewPension, premiums.OldPension, rules.LifeInsuranceNew, rules.LifeInsuranceOld);
        result.LifeInsuranceGeneral = general;
        result.LifeInsuranceCareMedical = careMedical;
        result.LifeInsurancePension = pension;
        var total = Math.Min(general + careMedical + pension, rules.LifeInsuranceTotalCap);
        result.LifeInsuranceDeduction = total;
        return total;
    }

    private static long Category(long newPremium, long oldPremium, PremiumFormula newFormula, PremiumFormula oldFormula)
    {
        if (oldPremium == 0)
        {
            return newFormula.Apply(newPremium);
        }

        var old = oldFormula.Apply(oldPremium);
        if (newPremium == 0)
        {
            return old;
        }

        return Math.Max(Math.Min(newFormula.Apply(newPremium) + old, newFormula.Cap), old);
    }

    // 所得税法83条・83条の2: by the employee's 合計所得 tier; none above the last tier.
    private static long SpouseDeduction(
        SpouseInput? spouse, in Household household, long employeeTotalIncome, TaxYearRules rules, out SpouseDeductionKind kind)
    {
        kind = SpouseDeductionKind.None;
        if (spouse is null || spouse.IsBusinessFamilyEmployee)
        {
            return 0;
        }

        var tiers = rules.SpouseTiers;
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            if (employeeTotalIncome > tier.EmployeeIncomeUpTo)
            {
                continue;
            }

            if (household.SpouseIsSameHousehold)
            {
                kind = household.SpouseIsElderly ? SpouseDeductionKind.ElderlySpouse : SpouseDeductionKind.Spouse;
                return household.SpouseIsElderly ? tier.ElderlySpouse : tier.Spouse;
            }

            var amount = tier.Special.Lookup(spouse.TotalIncome);
            kind = amount > 0 ? SpouseDeductionKind.SpouseSpecial : SpouseDeductionKind.None;
            return amount;
        }

        return 0;
    }
}
