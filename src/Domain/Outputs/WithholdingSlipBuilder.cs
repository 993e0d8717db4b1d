using System.Globalization;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Adjustments.Rules;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Domain.Outputs;

// Source → WithholdingSlip, box by box (forms-and-formats.md §2). Pure: the same source gives the same slip. The amounts
// come from the calculator's result; who is named where comes from the declaration, sorted by the same year rules the
// calculator applies (所得税法2条1項33号・34号, 34号の2), so the names and the counts agree.
public static class WithholdingSlipBuilder
{
    // The slip prints four persons per list; the rest go to 摘要 (NTA 源泉徴収票の記載要領).
    public const int NamedPersonsPerList = 4;

    // 民法4条 (from 2022-04-01): 18 is adult; 未成年者 is ticked below that at the reference date.
    private const int AdultAge = 18;

    public static WithholdingSlip Build(WithholdingSlipSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = source.Result;
        var layout = SlipYearLayout.For(result.TaxYear);
        var rules = DeclarationYearCatalog.For(result.TaxYear).Rules;
        var referenceDate = source.Payroll.ReferenceDate ?? new DateOnly(result.TaxYear, 12, 31);
        var employee = source.Employee;
        var forms = source.Forms;

        var slip = new WithholdingSlip
        {
            Layout = layout,
            Payer = source.Payer,
            Recipient = new SlipRecipient(
                employee.Number.Value, employee.Name, employee.NameKana, employee.Address, source.Title, employee.BirthDate),
            IsAdjusted = result.IsAdjusted,
            PaymentAmount = result.SalaryTotal,
            WithholdingTax = result.IsAdjusted ? result.AnnualTax : result.WithheldTaxTotal,
            PreviousEmployers = PreviousEmployers(source),
            Ticks = Ticks(source, referenceDate),
            JoinLeave = JoinLeave(employee.HireDate, employee.LeaveDate, result.TaxYear),
        };

        slip = slip with { Remarks = Remarks(slip.PreviousEmployers, result, forms, rules, layout) };
        if (!result.IsAdjusted)
        {
            // No adjustment (tax-rules.md §15): the slip shows what was paid and withheld, and the social insurance
            // withheld; deduction boxes stay blank (NTA 源泉徴収票の記載要領, 年末調整をしなかった場合).
            return slip with
            {
                SocialInsurance = NullIfZero(source.Payroll.SocialInsuranceWithheld + source.Payroll.SmallEnterpriseMutualAidWithheld),
                SmallEnterpriseMutualAid = NullIfZero(source.Payroll.SmallEnterpriseMutualAidWithheld),
            };
        }

        var people = People(forms, rules, referenceDate, layout);
        return slip with
        {
            EmploymentIncomeAfterDeduction = result.SalaryIncome,
            TotalDeductions = result.TotalDeductions,
            SpouseFlags = new SlipSpouseFlags(
                result.SpouseDeductionKind != SpouseDeductionKind.None,
                result.SpouseDeductionKind == SpouseDeductionKind.ElderlySpouse),
            SpouseDeduction = NullIfZero(result.SpouseDeduction),
            Counts = people.Counts with
            {
                Specific = result.SpecificDependantCount,
                Elderly = result.ElderlyDependantCount + result.CohabitingParentCount,
                ElderlyCohabitingParents = result.CohabitingParentCount,
                Other = result.GeneralDependantCount,
                SpecificRelatives = layout.HasSpecificRelativeBoxes ? result.SpecificRelativeCount : 0,
                Young = result.YoungDependantCount,
            },
            SocialInsurance = NullIfZero(result.SocialInsuranceDeduction + result.SmallEnterpriseMutualAidDeduction),
            SmallEnterpriseMutualAid = NullIfZero(result.SmallEnterpriseMutualAidDeduction),
            LifeInsuranceDeduction = NullIfZero(result.LifeInsuranceDeduction),
            EarthquakeInsuranceDeduction = NullIfZero(result.EarthquakeInsuranceDeduction),
            HousingLoanCredit = NullIfZero(result.HousingLoanCredit),
            LifePremiums = LifePremiums(forms.Insurance),
            HousingLoan = HousingLoan(forms.HousingLoan),
            SpouseTotalIncome = result.SpouseDeductionKind != SpouseDeductionKind.None
                ? DeclarationChecks.SpouseTotalIncome(forms, rules)
                : null,
            NationalPensionPremiums = NullIfZero(forms.Insurance.SocialInsurance
                .Where(l => l.Kind is SocialInsuranceKind.NationalPension or SocialInsuranceKind.NationalPensionFund)
                .Sum(l => l.Premium)),
            OldLongTermPremium = NullIfZero(forms.Insurance.Earthquake.Where(l => l.Kind == EarthquakeInsuranceKind.OldLongTerm).Sum(l => l.Premium)),
            BasicDeduction = result.BasicDeduction,
            IncomeAdjustmentDeduction = NullIfZero(result.IncomeAdjustmentDeduction),
            SpecificRelativeDeduction = layout.HasSpecificRelativeBoxes ? NullIfZero(result.SpecificRelativeDeduction) : null,
            Spouse = result.SpouseDeductionKind != SpouseDeductionKind.None && forms.Dependants.Spouse is { } spouse
                ? Person(spouse, SlipPersonKind.Spouse)
                : null,
            Dependants = people.Dependants.Take(NamedPersonsPerList).ToArray(),
            OverflowDependants = people.Dependants.Skip(NamedPersonsPerList).ToArray(),
            YoungDependants = people.Young.Take(NamedPersonsPerList).ToArray(),
            OverflowYoungDependants = people.Young.Skip(NamedPersonsPerList).ToArray(),
        };
    }

    private sealed record Classified(List<SlipPerson> Dependants, List<SlipPerson> Young, SlipCounts Counts);

    // The persons the slip names and the disability / non-resident counts, which the result does not break down.
    private static Classified People(DeclarationForms forms, TaxYearRules rules, DateOnly referenceDate, SlipYearLayout layout)
    {
        var d = forms.Dependants;
        var specificIds = forms.Basic.SpecificRelatives.Select(p => p.EntryId).ToHashSet();
        var dependants = new List<SlipPerson>();
        var specificRelatives = new List<SlipPerson>();
        var young = new List<SlipPerson>();
        int speciallyDisabled = 0, speciallyDisabledCohabiting = 0, otherDisabled = 0, nonResident = 0;

        void CountDisability(DeclaredPerson person)
        {
            switch (person.Disability)
            {
                case DisabilityLevel.Special when person.Cohabiting:
                    speciallyDisabled++;
                    speciallyDisabledCohabiting++;
                    break;
                case DisabilityLevel.Special:
                    speciallyDisabled++;
                    break;
                case DisabilityLevel.General:
                    otherDisabled++;
                    break;
            }
        }

        // 同一生計配偶者 counts for the disability boxes and the non-resident count (所得税法79条).
        if (d.Spouse is { IsBusinessFamilyEmployee: false } spouse
            && DeclarationChecks.SpouseTotalIncome(forms, rules) <= rules.DependantIncomeLimit)
        {
            CountDisability(spouse);
            if (spouse.IsNonResident)
            {
                nonResident++;
            }
        }

        var candidates = d.Relatives.Where(p => !specificIds.Contains(p.EntryId))
            .Concat(d.YoungRelatives)
            .Concat(forms.Basic.SpecificRelatives);
        foreach (var person in candidates.Where(p => !p.IsBusinessFamilyEmployee))
        {
            var age = LegalAge.At(person.BirthDate, referenceDate);
            if (person.EstimatedIncome > rules.DependantIncomeLimit)
            {
                // Above the dependant limit: a 特定親族 (2025+) when aged 19–22, named after the dependants.
                if (layout.HasSpecificRelativeBoxes && rules.SpecificRelativeDeduction is { } specific
                    && age >= rules.SpecificDependantAgeFrom && age < rules.SpecificDependantAgeBelow
                    && person.EstimatedIncome <= specific.MaxIncome)
                {
                    specificRelatives.Add(Person(person, SlipPersonKind.SpecificRelative));
                }

                continue;
            }

            CountDisability(person);
            if (person.IsNonResident)
            {
                nonResident++;
            }

            if (age < rules.DependantMinimumAge)
            {
                young.Add(Person(person, SlipPersonKind.YoungDependant));
            }
            else if (!(person.IsNonResident
                && age >= rules.NonResidentRestrictedAgeFrom && age < rules.NonResidentRestrictedAgeBelow
                && person.NonResidentReason is not (NonResidentReason.StudyingAbroad or NonResidentReason.Disabled or NonResidentReason.Remittance380kOrMore)))
            {
                dependants.Add(Person(person, SlipPersonKind.Dependant));
            }
        }

        dependants.AddRange(specificRelatives);
        return new Classified(dependants, young, SlipCounts.None with
        {
            SpeciallyDisabled = speciallyDisabled,
            SpeciallyDisabledCohabiting = speciallyDisabledCohabiting,
            OtherDisabled = otherDisabled,
            NonResidentRelatives = nonResident,
        });
    }

    private static SlipPerson Person(DeclaredPerson person, SlipPersonKind kind) =>
        new(person.EntryId, person.Name, person.NameKana, person.IsNonResident, kind);

    private static SlipLifePremiums LifePremiums(InsuranceForm insurance)
    {
        long Sum(LifeInsuranceCategory category, InsuranceRegime regime) =>
            insurance.Life.Where(l => l.Category == category && l.Regime == regime).Sum(l => l.Premium);

        return new SlipLifePremiums(
            Sum(LifeInsuranceCategory.General, InsuranceRegime.New),
            Sum(LifeInsuranceCategory.General, InsuranceRegime.Old),
            Sum(LifeInsuranceCategory.CareMedical, InsuranceRegime.New),
            Sum(LifeInsuranceCategory.Pension, InsuranceRegime.New),
            Sum(LifeInsuranceCategory.Pension, InsuranceRegime.Old));
    }

    private static SlipHousingLoan? HousingLoan(HousingLoanForm? form) =>
        form is null
            ? null
            : new SlipHousingLoan(1, form.ComputeCredit(), form.ResidenceStartDate, form.Category, form.YearEndBalance * Math.Clamp(form.SharePercent, 0, 100) / 100);

    private static IReadOnlyList<SlipPreviousEmployer> PreviousEmployers(WithholdingSlipSource source)
    {
        if (source.PreviousEmployers.Count > 0)
        {
            return source.PreviousEmployers;
        }

        var p = source.Payroll;
        return p.PreviousEmployerSalary > 0 || p.PreviousEmployerTaxWithheld > 0
            ? [new SlipPreviousEmployer(null, null, p.PreviousEmployerSalary, p.PreviousEmployerTaxWithheld, p.PreviousEmployerSocialInsurance + p.PreviousEmployerSmallEnterpriseMutualAid, null)]
            : [];
    }

    private static List<string> Remarks(
        IReadOnlyList<SlipPreviousEmployer> previous, AdjustmentResult result, DeclarationForms forms, TaxYearRules rules, SlipYearLayout layout)
    {
        var remarks = new List<string>();
        foreach (var employer in previous)
        {
            // 前職分を加算した場合の摘要 (NTA 記載要領): amounts, payer, address, leave date.
            var text = $"前職分 支払金額{Yen(employer.Salary)}円 源泉徴収税額{Yen(employer.TaxWithheld)}円 社会保険料等{Yen(employer.SocialInsurance)}円";
            if (employer.Name is { Length: > 0 } name)
            {
                text += $" {name}";
            }

            if (employer.Address is { Length: > 0 } address)
            {
                text += $" {address}";
            }

            if (employer.LeaveDate is { } left)
            {
                text += $" {EraDate.Of(left).ToShort()}退職";
            }

            remarks.Add(text);
        }

        if (layout.HasFlatTaxCutRemarks && result.IsAdjusted && result.FlatTaxCut > 0)
        {
            // tax-rules.md §14: the applied cut and the part that could not be used (控除外額), for the municipality's
            // 調整給付. [UNSURE wording, kept as printed in the NTA example.]
            remarks.Add($"源泉徴収時所得税減税控除済額{Yen(result.FlatTaxCutApplied)}円、控除外額{Yen(result.FlatTaxCutUnabsorbed)}円");
            if (SpouseCountedWithoutDeduction(result, forms, rules))
            {
                remarks.Add("非控除対象配偶者減税有");
            }
        }

        return remarks;
    }

    // A 同一生計配偶者 counted in the 2024 cut while giving no spouse deduction (the employee earns over 10,000,000).
    private static bool SpouseCountedWithoutDeduction(AdjustmentResult result, DeclarationForms forms, TaxYearRules rules) =>
        result.SpouseDeductionKind == SpouseDeductionKind.None
        && forms.Dependants.Spouse is { IsNonResident: false, IsBusinessFamilyEmployee: false }
        && DeclarationChecks.SpouseTotalIncome(forms, rules) <= rules.FlatTaxCutRelativeIncomeLimit;

    private static SlipStatusTicks Ticks(WithholdingSlipSource source, DateOnly referenceDate)
    {
        var self = source.Forms.Dependants.Self;
        var payroll = source.Payroll;
        return new SlipStatusTicks(
            Minor: LegalAge.At(source.Employee.BirthDate, referenceDate) < AdultAge,
            Foreigner: false,
            DeathRetirement: payroll.EmploymentStatus == EmploymentStatus.LeftOnDeath,
            Disaster: payroll.HasDisasterRelief,
            SecondaryColumn: payroll.WithholdingColumn == WithholdingColumn.Secondary,
            SelfSpeciallyDisabled: self.Disability == DisabilityLevel.Special,
            SelfOtherDisabled: self.Disability == DisabilityLevel.General,
            Widow: self.Widow != WidowStatus.None && !self.IsSingleParent,
            SingleParent: self.IsSingleParent,
            WorkingStudent: self.IsWorkingStudent);
    }

    private static SlipJoinLeave? JoinLeave(DateOnly hireDate, DateOnly? leaveDate, int taxYear)
    {
        var joined = hireDate.Year == taxYear;
        var left = leaveDate is { } l && l.Year == taxYear;
        if (!joined && !left)
        {
            return null;
        }

        return new SlipJoinLeave(joined, left, left ? leaveDate!.Value : hireDate);
    }

    private static long? NullIfZero(long amount) => amount == 0 ? null : amount;

    internal static string Yen(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture);
}
