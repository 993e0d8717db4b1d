using System.Globalization;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.Domain.Declarations;

// The checks before submit (Y-04). Pure: the same forms, year and date give the same findings. Limits come from the
// calculator's TaxYearRules through the year definition; nothing here names a yen amount of tax law. Messages point
// at the form, the section and the row number (never at a name or number, so they may be logged).
public static class DeclarationChecks
{
    public static IReadOnlyList<DeclarationCheck> Run(DeclarationForms forms, DeclarationYearDefinition year, DateOnly todayInJapan)
    {
        var run = new Checker(forms, year, todayInJapan);
        run.People();
        run.Duplicates();
        run.IncomeLimits();
        run.IncomeAdjustment();
        run.Amounts();
        run.Insurance();
        run.HousingLoan();
        return run.Findings;
    }

    // The spouse's 合計所得金額 estimate: part 2's salary revenue through the year's employment-income table plus other
    // income when the employee filed part 2, otherwise the section-A estimate.
    public static long SpouseTotalIncome(DeclarationForms forms, TaxYearRules rules) =>
        forms.Basic.SpouseIncome is { } income
            ? rules.EmploymentIncome.Lookup(Math.Max(0, income.SalaryRevenue)) + Math.Max(0, income.OtherIncome)
            : forms.Dependants.Spouse?.EstimatedIncome ?? 0;

    private enum Section
    {
        Spouse,
        Relatives,
        YoungRelatives,
        OtherEarners,
        SpecificRelatives,
    }

    private sealed record Located(Section Section, string Path, string Label, DeclaredPerson Person);

    private sealed class Checker(DeclarationForms forms, DeclarationYearDefinition year, DateOnly today)
    {
        private readonly TaxYearRules _rules = year.Rules;

        public List<DeclarationCheck> Findings { get; } = [];

        private IEnumerable<Located> AllPeople()
        {
            var d = forms.Dependants;
            if (d.Spouse is { } spouse)
            {
                yield return new(Section.Spouse, DeclarationFieldPaths.Spouse, "扶養控除等申告書の配偶者欄", spouse);
            }

            for (var i = 0; i < d.Relatives.Count; i++)
            {
                yield return new(Section.Relatives, DeclarationFieldPaths.Row(DeclarationFieldPaths.Relatives, d.Relatives[i].EntryId), $"扶養控除等申告書の{year.RelativesSectionTitle}欄の{i + 1}人目", d.Relatives[i]);
            }

            for (var i = 0; i < d.YoungRelatives.Count; i++)
            {
                yield return new(Section.YoungRelatives, DeclarationFieldPaths.Row(DeclarationFieldPaths.YoungRelatives, d.YoungRelatives[i].EntryId), $"扶養控除等申告書の16歳未満の扶養親族欄の{i + 1}人目", d.YoungRelatives[i]);
            }

            for (var i = 0; i < d.OtherEarnersRelatives.Count; i++)
            {
                var person = d.OtherEarnersRelatives[i].Person;
                yield return new(Section.OtherEarners, DeclarationFieldPaths.Row(DeclarationFieldPaths.OtherEarnersRelatives, person.EntryId), $"扶養控除等申告書の他の所得者が控除を受ける扶養親族等欄の{i + 1}人目", person);
            }

            var specific = forms.Basic.SpecificRelatives;
            for (var i = 0; i < specific.Count; i++)
            {
                yield return new(Section.SpecificRelatives, DeclarationFieldPaths.Row(DeclarationFieldPaths.SpecificRelatives, specific[i].EntryId), $"特定親族特別控除申告書の{i + 1}人目", specific[i]);
            }
        }

        private void Add(string code, string path, CheckSeverity severity, string message) =>
            Findings.Add(new DeclarationCheck(code, path, severity, message));

        private void Block(string code, string path, string message) => Add(code, path, CheckSeverity.Blocking, message);

        private void Warn(string code, string path, string message) => Add(code, path, CheckSeverity.Warning, message);

        private int AgeAtYearEnd(DeclaredPerson person) => LegalAge.At(person.BirthDate, year.YearEnd);

        private static string Yen(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture) + "円";

        public void People()
        {
            foreach (var (section, path, label, person) in AllPeople())
            {
                if (string.IsNullOrWhiteSpace(person.Name) || string.IsNullOrWhiteSpace(person.NameKana))
                {
                    Block(DeclarationCheckCodes.RequiredMissing, DeclarationFieldPaths.Field(path, string.IsNullOrWhiteSpace(person.Name) ? "name" : "nameKana"), $"{label}の氏名とフリガナを入力してください。");
                }

                if (person.MyNumber is { State: DeclaredMyNumberState.Invalid })
                {
                    Block(DeclarationCheckCodes.MyNumberInvalid, DeclarationFieldPaths.Field(path, "myNumber"), $"{label}の個人番号の検査用数字が一致しません。番号を確認して入力し直してください。");
                }

                var birthPath = DeclarationFieldPaths.Field(path, "birthDate");
                if (person.BirthDate > today)
                {
                    Block(DeclarationCheckCodes.BirthDateInFuture, birthPath, $"{label}の生年月日が未来の日付です。正しい生年月日を入力してください。");
                    continue;
                }

                if (person.BirthDate > year.YearEnd)
                {
                    Block(DeclarationCheckCodes.BornAfterTaxYear, birthPath, $"{label}は{year.Year}年12月31日より後に生まれています。{year.Year}年分の申告書には記入できません。行を削除してください。");
                    continue;
                }

                var isSpouse = person.Relationship == DeclaredRelationship.Spouse;
                if (isSpouse != (section == Section.Spouse))
                {
                    Block(DeclarationCheckCodes.RelationshipContradictsSection, DeclarationFieldPaths.Field(path, "relationship"), isSpouse
                        ? $"{label}の続柄が配偶者です。配偶者は配偶者欄に記入してください。"
                        : $"{label}の続柄を「配偶者」にしてください。");
                }

                Age(section, path, label, person);
                NonResident(section, path, label, person);
            }

            var ticks = forms.Dependants.SpecificRelativeEntryIds;
            foreach (var id in ticks)
            {
                var tickPath = DeclarationFieldPaths.Row(DeclarationFieldPaths.SpecificRelativeTicks, id);
                if (!year.RelativesSectionHasSpecificRelativeTick)
                {
                    Block(DeclarationCheckCodes.SectionNotInYear, tickPath, $"{year.Year}年分の扶養控除等申告書には特定親族の欄がありません。チェックを外してください。");
                }
                else if (forms.Dependants.Relatives.FirstOrDefault(r => r.EntryId == id) is not { } relative)
                {
                    Block(DeclarationCheckCodes.ReferenceUnknown, tickPath, $"特定親族のチェックが{year.RelativesSectionTitle}欄にない人を指しています。チェックを付け直してください。");
                }
                else if (!IsSpecificAge(AgeAtYearEnd(relative)))
                {
                    Block(DeclarationCheckCodes.AgeContradictsSection, tickPath, $"特定親族は{year.Year}年12月31日現在で{_rules.SpecificDependantAgeFrom}歳以上{_rules.SpecificDependantAgeBelow}歳未満の人です。{year.RelativesSectionTitle}欄の特定親族のチェックを外してください。");
                }
            }

            if (forms.Basic.SpecificRelatives.Count > 0 && !year.HasSpecificRelativePart)
            {
                Block(DeclarationCheckCodes.SectionNotInYear, DeclarationFieldPaths.SpecificRelatives, $"特定親族特別控除は2025年分からです。{year.Year}年分では特定親族の行を削除してください。");
            }
        }

        private bool IsSpecificAge(int age) => age >= _rules.SpecificDependantAgeFrom && age < _rules.SpecificDependantAgeBelow;

        private void Age(Section section, string path, string label, DeclaredPerson person)
        {
            var age = AgeAtYearEnd(person);
            var birthPath = DeclarationFieldPaths.Field(path, "birthDate");
            var minimum = _rules.DependantMinimumAge;
            if (section == Section.Relatives && age < minimum)
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, birthPath, $"{label}は{year.Year}年12月31日現在で{minimum}歳未満です。16歳未満の扶養親族欄に移してください。");
            }
            else if (section == Section.YoungRelatives && age >= minimum)
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, birthPath, $"{label}は{year.Year}年12月31日現在で{minimum}歳以上です。{year.RelativesSectionTitle}欄に移してください。");
            }
            else if (section == Section.SpecificRelatives && !IsSpecificAge(age))
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, birthPath, $"{label}は{year.Year}年12月31日現在で{_rules.SpecificDependantAgeFrom}歳以上{_rules.SpecificDependantAgeBelow}歳未満ではないため特定親族になりません。生年月日を確かめ、正しければ行を削除してください。");
            }
        }

        private void NonResident(Section section, string path, string label, DeclaredPerson person)
        {
            if (section != Section.Relatives || !person.IsNonResident)
            {
                return;
            }

            var reasonPath = DeclarationFieldPaths.Field(path, "nonResidentReason");
            if (person.NonResidentReason is not { } reason)
            {
                Block(DeclarationCheckCodes.NonResidentReasonMissing, reasonPath, $"{label}は非居住者です。該当する理由（30歳未満又は70歳以上・留学・障害者・38万円以上の支払）を選んでください。");
                return;
            }

            var age = AgeAtYearEnd(person);
            var restricted = age >= _rules.NonResidentRestrictedAgeFrom && age < _rules.NonResidentRestrictedAgeBelow;
            if (reason == NonResidentReason.AgeUnder30OrOver70 && restricted)
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, reasonPath, $"{label}は{year.Year}年12月31日現在で{_rules.NonResidentRestrictedAgeFrom}歳以上{_rules.NonResidentRestrictedAgeBelow}歳未満です。非居住者の理由を留学・障害者・38万円以上の支払から選んでください。");
            }
        }

        public void Duplicates()
        {
            var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
            foreach (var located in AllPeople())
            {
                var person = located.Person;
                var keys = new List<string> { $"entry:{person.EntryId}", $"person:{Normalize(person.Name)}|{person.BirthDate:yyyy-MM-dd}" };
                if (person.MasterId is { } master)
                {
                    keys.Add($"master:{master.Value}");
                }

                if (person.MyNumber is { State: DeclaredMyNumberState.Provided, Value: { } number })
                {
                    keys.Add($"number:{number.Lookup}");
                }

                Located? first = null;
                foreach (var key in keys)
                {
                    if (seen.TryGetValue(key, out var earlier) && !IsSameRowOnTwoForms(earlier, located))
                    {
                        first = earlier;
                        break;
                    }
                }

                if (first is not null)
                {
                    Block(DeclarationCheckCodes.RelativeClaimedTwice, located.Path, $"{located.Label}は{first.Label}と同じ人です。同じ人は一か所にだけ記入してください。");
                    continue;
                }

                foreach (var key in keys)
                {
                    seen.TryAdd(key, located);
                }
            }
        }

        // 2026: a section-B row with the 特定親族 tick is the same entry as its part-3 row.
        private bool IsSameRowOnTwoForms(Located earlier, Located later) =>
            year.RelativesSectionHasSpecificRelativeTick
            && earlier.Section == Section.Relatives
            && later.Section == Section.SpecificRelatives
            && earlier.Person.EntryId == later.Person.EntryId
            && forms.Dependants.SpecificRelativeEntryIds.Contains(earlier.Person.EntryId);

        private static string Normalize(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

        public void IncomeLimits()
        {
            var limit = _rules.DependantIncomeLimit;
            var specific = _rules.SpecificRelativeDeduction;
            var inPart3 = forms.Basic.SpecificRelatives.Select(p => p.EntryId).ToHashSet();
            foreach (var (section, path, label, person) in AllPeople())
            {
                var incomePath = DeclarationFieldPaths.Field(path, "income");
                var age = AgeAtYearEnd(person);
                if (section is Section.Relatives or Section.YoungRelatives && person.EstimatedIncome > limit)
                {
                    if (specific is not null && year.HasSpecificRelativePart && IsSpecificAge(age) && person.EstimatedIncome <= specific.MaxIncome)
                    {
                        if (!inPart3.Contains(person.EntryId))
                        {
                            Warn(DeclarationCheckCodes.SpecificRelativeSuggested, incomePath, $"{label}の所得の見積額が{Yen(limit)}を超えるため扶養控除は受けられませんが、特定親族特別控除（所得{Yen(specific.MaxIncome)}以下）の対象です。基礎控除申告書の特定親族特別控除申告書欄に記入してください。");
                        }
                    }
                    else
                    {
                        Warn(DeclarationCheckCodes.RelativeOverIncomeLimit, incomePath, $"{label}の所得の見積額が{Yen(limit)}を超えるため、扶養控除の対象になりません。見積額を確かめ、正しければ行を削除してください。");
                    }
                }
                else if (section == Section.SpecificRelatives && person.EstimatedIncome <= limit)
                {
                    Warn(DeclarationCheckCodes.SpecificRelativeWithinDependantLimit, incomePath, $"{label}の所得の見積額は{Yen(limit)}以下なので、特定親族特別控除ではなく扶養控除（特定扶養親族）になります。扶養控除等申告書の{year.RelativesSectionTitle}欄に記入してください。");
                }
                else if (section == Section.SpecificRelatives && specific is not null && person.EstimatedIncome > specific.MaxIncome)
                {
                    Warn(DeclarationCheckCodes.SpecificRelativeOverLimit, incomePath, $"{label}の所得の見積額が{Yen(specific.MaxIncome)}を超えるため、特定親族特別控除は受けられません。見積額を確かめ、正しければ行を削除してください。");
                }
            }

            if (forms.Dependants.Spouse is not null)
            {
                var spouseIncome = SpouseTotalIncome(forms, _rules);
                var spouseMax = _rules.SpouseTiers[0].Special.MaxIncome;
                if (spouseIncome > spouseMax)
                {
                    var path = forms.Basic.SpouseIncome is null
                        ? DeclarationFieldPaths.Field(DeclarationFieldPaths.Spouse, "income")
                        : DeclarationFieldPaths.Field(DeclarationFieldPaths.SpouseIncome, "salaryRevenue");
                    Warn(DeclarationCheckCodes.SpouseOverSpecialLimit, path, $"配偶者の合計所得金額の見積額が{Yen(spouseMax)}を超えるため、配偶者控除・配偶者特別控除は受けられません（障害者控除は別です）。見積額を確かめてください。");
                }
            }
        }

        public void IncomeAdjustment()
        {
            if (forms.Basic.IncomeAdjustment is not { } claim)
            {
                return;
            }

            var requirementPath = DeclarationFieldPaths.Field(DeclarationFieldPaths.IncomeAdjustment, "requirement");
            var personPath = DeclarationFieldPaths.Field(DeclarationFieldPaths.IncomeAdjustment, "personEntryId");
            if (claim.Requirement == IncomeAdjustmentRequirement.EmployeeSpeciallyDisabled)
            {
                if (forms.Dependants.Self.Disability != DisabilityLevel.Special)
                {
                    Block(DeclarationCheckCodes.RequirementContradicts, requirementPath, "所得金額調整控除の要件「本人が特別障害者」を選ぶには、扶養控除等申告書の本人の障害者区分を特別障害者にしてください。");
                }

                return;
            }

            var located = AllPeople().FirstOrDefault(p => p.Person.EntryId == claim.PersonEntryId);
            if (located is null)
            {
                Block(DeclarationCheckCodes.ReferenceUnknown, personPath, "所得金額調整控除申告書の該当者を、申告書に記入した配偶者・親族から選んでください。");
                return;
            }

            var person = located.Person;
            var contradicts = claim.Requirement switch
            {
                IncomeAdjustmentRequirement.SpouseSpeciallyDisabled => located.Section != Section.Spouse || person.Disability != DisabilityLevel.Special,
                IncomeAdjustmentRequirement.DependantSpeciallyDisabled => located.Section == Section.Spouse || person.Disability != DisabilityLevel.Special,
                _ => located.Section == Section.Spouse || AgeAtYearEnd(person) >= _rules.IncomeAdjustmentDependantAgeBelow,
            };
            if (contradicts)
            {
                Block(claim.Requirement == IncomeAdjustmentRequirement.DependantUnder23 ? DeclarationCheckCodes.AgeContradictsSection : DeclarationCheckCodes.RequirementContradicts, requirementPath,
                    $"所得金額調整控除申告書の要件が{located.Label}に当てはまりません。要件か該当者を選び直してください。");
            }
        }

        public void Amounts()
        {
            foreach (var (_, path, label, person) in AllPeople())
            {
                Amount(DeclarationFieldPaths.Field(path, "income"), person.EstimatedIncome, $"{label}の所得の見積額");
                Amount(DeclarationFieldPaths.Field(path, "remittance"), person.Remittance, $"{label}の送金額");
            }

            var basic = forms.Basic;
            Amount(DeclarationFieldPaths.SalaryFromOtherPayers, basic.SalaryFromOtherPayers, "基礎控除申告書の他の支払者からの給与の収入金額");
            Amount(DeclarationFieldPaths.OtherIncome, basic.OtherIncome, "基礎控除申告書の給与所得以外の所得の合計額");
            if (basic.SpouseIncome is { } spouseIncome)
            {
                Amount(DeclarationFieldPaths.Field(DeclarationFieldPaths.SpouseIncome, "salaryRevenue"), spouseIncome.SalaryRevenue, "配偶者控除等申告書の配偶者の給与の収入金額");
                Amount(DeclarationFieldPaths.Field(DeclarationFieldPaths.SpouseIncome, "otherIncome"), spouseIncome.OtherIncome, "配偶者控除等申告書の配偶者の給与以外の所得");
            }
        }

        private bool Amount(string path, long value, string what)
        {
            if (value is >= 0 and <= DeclarationYearDefinition.MaxAmount)
            {
                return true;
            }

            Block(DeclarationCheckCodes.AmountOutOfRange, path, $"{what}は0円以上{Yen(DeclarationYearDefinition.MaxAmount)}以下で入力してください。");
            return false;
        }

        public void Insurance()
        {
            var insurance = forms.Insurance;
            for (var i = 0; i < insurance.Life.Count; i++)
            {
                var line = insurance.Life[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.Life, line.EntryId);
                var label = $"保険料控除申告書の生命保険料の{i + 1}行目";
                Text(row, "insurerName", line.InsurerName, $"{label}の保険会社等の名称");
                if (line.Category == LifeInsuranceCategory.CareMedical && line.Regime == InsuranceRegime.Old)
                {
                    Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(row, "regime"), $"{label}: 介護医療保険料は新制度だけです。区分を「新」にしてください。");
                }

                var validAmount = Amount(DeclarationFieldPaths.Field(row, "premium"), line.Premium, $"{label}の保険料");
                var waived = line.Regime == InsuranceRegime.Old && line.Premium <= year.OldLifeInsuranceCertificateWaiverPerContract;
                if (validAmount && line.Premium > 0 && !waived && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), $"{label}の控除証明書を添付してください（旧制度で年間{Yen(year.OldLifeInsuranceCertificateWaiverPerContract)}以下の契約を除き必要です）。");
                }
            }

            for (var i = 0; i < insurance.Earthquake.Count; i++)
            {
                var line = insurance.Earthquake[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.Earthquake, line.EntryId);
                var label = $"保険料控除申告書の地震保険料の{i + 1}行目";
                Text(row, "insurerName", line.InsurerName, $"{label}の保険会社等の名称");
                if (Amount(DeclarationFieldPaths.Field(row, "premium"), line.Premium, $"{label}の保険料") && line.Premium > 0 && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), $"{label}の控除証明書を添付してください。");
                }
            }

            for (var i = 0; i < insurance.SocialInsurance.Count; i++)
            {
                var line = insurance.SocialInsurance[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.SocialInsurance, line.EntryId);
                var label = $"保険料控除申告書の社会保険料の{i + 1}行目";
                Text(row, "payeeName", line.PayeeName, $"{label}の保険料支払先の名称");
                if (Amount(DeclarationFieldPaths.Field(row, "premium"), line.Premium, $"{label}の保険料") && line.Premium > 0
                    && year.SocialInsuranceKindsNeedingCertificate.Contains(line.Kind) && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), $"{label}（国民年金保険料・国民年金基金の掛金）の控除証明書を添付してください。");
                }
            }

            for (var i = 0; i < insurance.MutualAid.Count; i++)
            {
                var line = insurance.MutualAid[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.MutualAid, line.EntryId);
                var label = $"保険料控除申告書の小規模企業共済等掛金の{i + 1}行目";
                if (Amount(DeclarationFieldPaths.Field(row, "amount"), line.Amount, $"{label}の掛金") && line.Amount > 0
                    && year.MutualAidNeedsCertificate && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), $"{label}の掛金の払込証明書を添付してください。");
                }
            }

            LifeInsuranceCaps();
            EarthquakeCaps();
        }

        private void Text(string row, string field, string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Block(DeclarationCheckCodes.RequiredMissing, DeclarationFieldPaths.Field(row, field), $"{what}を入力してください。");
            }
        }

        private static long Sum<T>(IEnumerable<T> lines, Func<T, long> amount) =>
            lines.Select(amount).Where(a => a is > 0 and <= DeclarationYearDefinition.MaxAmount).Sum();

        // 所得税法76条 as tax-rules.md §11.1 applies it, to tell the employee when more premium adds nothing.
        private void LifeInsuranceCaps()
        {
            var life = forms.Insurance.Life;
            if (life.Count == 0)
            {
                return;
            }

            var newGeneral = _rules.LifeInsuranceNewGeneralWithYoungDependant is { } special && HasYoungDependant() ? special : _rules.LifeInsuranceNew;
            var total = 0L;
            foreach (var category in Enum.GetValues<LifeInsuranceCategory>())
            {
                var newSum = Sum(life.Where(l => l.Category == category && l.Regime == InsuranceRegime.New), l => l.Premium);
                var oldSum = Sum(life.Where(l => l.Category == category && l.Regime == InsuranceRegime.Old), l => l.Premium);
                var newFormula = category == LifeInsuranceCategory.General ? newGeneral : _rules.LifeInsuranceNew;
                var newDeduction = newSum > 0 ? newFormula.Apply(newSum) : 0;
                var oldDeduction = oldSum > 0 ? _rules.LifeInsuranceOld.Apply(oldSum) : 0;
                var deduction = newSum > 0 && oldSum > 0
                    ? Math.Max(Math.Min(newDeduction + oldDeduction, newFormula.Cap), oldDeduction)
                    : newDeduction + oldDeduction;
                total += deduction;
                var capped = newSum > newFormula.QuarterUpTo || oldSum > _rules.LifeInsuranceOld.QuarterUpTo
                    || (newSum > 0 && oldSum > 0 && deduction < newDeduction + oldDeduction);
                if (capped)
                {
                    Warn(DeclarationCheckCodes.LifeInsuranceCapped, DeclarationFieldPaths.Life, $"{CategoryName(category)}の控除額は上限の{Yen(deduction)}です。これを超える保険料は控除されません。");
                }
            }

            if (total > _rules.LifeInsuranceTotalCap)
            {
                Warn(DeclarationCheckCodes.LifeInsuranceTotalCapped, DeclarationFieldPaths.Life, $"生命保険料控除の合計は上限の{Yen(_rules.LifeInsuranceTotalCap)}です。これを超える分は控除されません。");
            }
        }

        // The 2026 special counts a 扶養親族 under 23 (incl. under 16), not a 特定親族 or the spouse (tax-rules.md §11.1).
        private bool HasYoungDependant()
        {
            var d = forms.Dependants;
            IEnumerable<DeclaredPerson> candidates = [.. d.Relatives, .. d.YoungRelatives];
            if (_rules.LifeInsuranceYoungDependantIncludesOtherEarnersRelatives)
            {
                candidates = candidates.Concat(d.OtherEarnersRelatives.Select(r => r.Person));
            }

            return candidates.Any(p => p.EstimatedIncome <= _rules.DependantIncomeLimit && AgeAtYearEnd(p) < _rules.LifeInsuranceYoungDependantAgeBelow);
        }

        private static string CategoryName(LifeInsuranceCategory category) => category switch
        {
            LifeInsuranceCategory.General => "一般の生命保険料",
            LifeInsuranceCategory.CareMedical => "介護医療保険料",
            _ => "個人年金保険料",
        };

        // 所得税法77条 (tax-rules.md §11.2).
        private void EarthquakeCaps()
        {
            var lines = forms.Insurance.Earthquake;
            if (lines.Count == 0)
            {
                return;
            }

            var earthquake = Sum(lines.Where(l => l.Kind == EarthquakeInsuranceKind.Earthquake), l => l.Premium);
            var oldLongTerm = Sum(lines.Where(l => l.Kind == EarthquakeInsuranceKind.OldLongTerm), l => l.Premium);
            var oldDeduction = oldLongTerm > 0 ? _rules.OldLongTermInsurance.Apply(oldLongTerm) : 0;
            var raw = Math.Min(earthquake, _rules.EarthquakeInsuranceCap) + oldDeduction;
            if (earthquake > _rules.EarthquakeInsuranceCap || oldLongTerm > _rules.OldLongTermInsurance.QuarterUpTo || raw > _rules.EarthquakeInsuranceTotalCap)
            {
                Warn(DeclarationCheckCodes.EarthquakeInsuranceCapped, DeclarationFieldPaths.Earthquake, $"地震保険料控除は上限の{Yen(Math.Min(raw, _rules.EarthquakeInsuranceTotalCap))}です。これを超える保険料は控除されません。");
            }
        }

        public void HousingLoan()
        {
            if (forms.HousingLoan is not { } loan)
            {
                return;
            }

            var root = DeclarationFieldPaths.HousingLoan;
            const string label = "住宅借入金等特別控除申告書";
            if (!year.HousingLoanCategories.Contains(loan.Category))
            {
                Block(DeclarationCheckCodes.SectionNotInYear, DeclarationFieldPaths.Field(root, "category"), $"{label}: {year.Year}年分にはこの控除区分（特定増改築等）はありません。税務署から届いた申告書の区分を確かめてください。");
            }

            Amount(DeclarationFieldPaths.Field(root, "yearEndBalance"), loan.YearEndBalance, $"{label}の年末残高");
            Amount(DeclarationFieldPaths.Field(root, "balanceLimit"), loan.BalanceLimit, $"{label}の借入限度額");
            Amount(DeclarationFieldPaths.Field(root, "creditLimit"), loan.CreditLimit, $"{label}の控除限度額");
            if (loan.AcquisitionPrice is { } price)
            {
                Amount(DeclarationFieldPaths.Field(root, "acquisitionPrice"), price, $"{label}の取得対価の額");
            }

            if (loan.SharePercent is < 1 or > 100)
            {
                Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(root, "sharePercent"), $"{label}の持分（負担割合）は1〜100%で入力してください。");
            }

            // Rates on the forms are 0.7% and 1% (tax-rules.md §12); anything above 1% is a typing error.
            if (loan.RateBasisPoints is < 1 or > 100)
            {
                Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(root, "rateBasisPoints"), $"{label}の控除率は税務署の証明書に印刷された率（0.7%又は1%）を入力してください。");
            }

            if (loan.ResidenceStartDate > year.YearEnd || loan.ResidenceStartDate.Year >= year.Year)
            {
                // The first year is claimed on the tax return; the year-end adjustment only from the second year.
                Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(root, "residenceStartDate"), $"{label}は居住2年目以降の年末調整で使います。{year.Year}年に居住を始めた場合は確定申告で控除を受けてください。");
            }

            // From residence in 2023 the lender may report the balance to the tax office, which prints it on its
            // certificate (tax-rules.md §12), so the lender's certificate is required only before that.
            if (loan.ResidenceStartDate.Year < 2023 && !loan.BalanceCertificate.IsPresent)
            {
                Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(root, "balanceCertificate"), $"{label}: 金融機関の年末残高等証明書を添付してください。");
            }

            if (!loan.TaxOfficeCertificate.IsPresent)
            {
                Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(root, "taxOfficeCertificate"), $"{label}: 税務署の控除証明書を添付してください。");
            }
        }
    }
}
