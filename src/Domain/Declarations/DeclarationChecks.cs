using System.Globalization;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Adjustments.Rules;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Declarations;

// The checks before submit (Y-04). Pure: the same forms, year and date give the same findings. Limits come from the
// calculator's TaxYearRules through the year definition; nothing here names a yen amount of tax law. Messages point
// at the form, the section and the row number (never at a name or number, so they may be logged).
public static class DeclarationChecks
{
    // Message texts by key (ADR 0027): Japanese here, English in Application/Resources/Messages.en.resx. Row labels
    // are messages too, passed as arguments, so a whole finding translates.
    private static readonly RuleMessage M01 = new("declaration.check.m01", "扶養控除等申告書の配偶者欄");
    private static readonly RuleMessage M02 = new("declaration.check.m02", "扶養控除等申告書の{0}欄の{1}人目");
    private static readonly RuleMessage M03 = new("declaration.check.m03", "扶養控除等申告書の16歳未満の扶養親族欄の{0}人目");
    private static readonly RuleMessage M04 = new("declaration.check.m04", "扶養控除等申告書の他の所得者が控除を受ける扶養親族等欄の{0}人目");
    private static readonly RuleMessage M05 = new("declaration.check.m05", "特定親族特別控除申告書の{0}人目");
    private static readonly RuleMessage M06 = new("declaration.check.m06", "{0}の氏名とフリガナを入力してください。");
    private static readonly RuleMessage M07 = new("declaration.check.m07", "{0}の個人番号の検査用数字が一致しません。番号を確認して入力し直してください。");
    private static readonly RuleMessage M08 = new("declaration.check.m08", "{0}の生年月日が未来の日付です。正しい生年月日を入力してください。");
    private static readonly RuleMessage M09 = new("declaration.check.m09", "{0}は{1}年12月31日より後に生まれています。{2}年分の申告書には記入できません。行を削除してください。");
    private static readonly RuleMessage M10 = new("declaration.check.m10", "{0}の続柄が配偶者です。配偶者は配偶者欄に記入してください。");
    private static readonly RuleMessage M11 = new("declaration.check.m11", "{0}の続柄を「配偶者」にしてください。");
    private static readonly RuleMessage M12 = new("declaration.check.m12", "{0}年分の扶養控除等申告書には特定親族の欄がありません。チェックを外してください。");
    private static readonly RuleMessage M13 = new("declaration.check.m13", "特定親族のチェックが{0}欄にない人を指しています。チェックを付け直してください。");
    private static readonly RuleMessage M14 = new("declaration.check.m14", "特定親族は{0}年12月31日現在で{1}歳以上{2}歳未満の人です。{3}欄の特定親族のチェックを外してください。");
    private static readonly RuleMessage M15 = new("declaration.check.m15", "特定親族特別控除は2025年分からです。{0}年分では特定親族の行を削除してください。");
    private static readonly RuleMessage M16 = new("declaration.check.m16", "{0}は{1}年12月31日現在で{2}歳未満です。16歳未満の扶養親族欄に移してください。");
    private static readonly RuleMessage M17 = new("declaration.check.m17", "{0}は{1}年12月31日現在で{2}歳以上です。{3}欄に移してください。");
    private static readonly RuleMessage M18 = new("declaration.check.m18", "{0}は{1}年12月31日現在で{2}歳以上{3}歳未満ではないため特定親族になりません。生年月日を確かめ、正しければ行を削除してください。");
    private static readonly RuleMessage M19 = new("declaration.check.m19", "{0}は非居住者です。該当する理由（30歳未満又は70歳以上・留学・障害者・38万円以上の支払）を選んでください。");
    private static readonly RuleMessage M20 = new("declaration.check.m20", "{0}は{1}年12月31日現在で{2}歳以上{3}歳未満です。非居住者の理由を留学・障害者・38万円以上の支払から選んでください。");
    private static readonly RuleMessage M21 = new("declaration.check.m21", "{0}は{1}と同じ人です。同じ人は一か所にだけ記入してください。");
    private static readonly RuleMessage M22 = new("declaration.check.m22", "{0}の所得の見積額が{1}円を超えるため扶養控除は受けられませんが、特定親族特別控除（所得{2}円以下）の対象です。基礎控除申告書の特定親族特別控除申告書欄に記入してください。");
    private static readonly RuleMessage M23 = new("declaration.check.m23", "{0}の所得の見積額が{1}円を超えるため、扶養控除の対象になりません。見積額を確かめ、正しければ行を削除してください。");
    private static readonly RuleMessage M24 = new("declaration.check.m24", "{0}の所得の見積額は{1}円以下なので、特定親族特別控除ではなく扶養控除（特定扶養親族）になります。扶養控除等申告書の{2}欄に記入してください。");
    private static readonly RuleMessage M25 = new("declaration.check.m25", "{0}の所得の見積額が{1}円を超えるため、特定親族特別控除は受けられません。見積額を確かめ、正しければ行を削除してください。");
    private static readonly RuleMessage M26 = new("declaration.check.m26", "配偶者の合計所得金額の見積額が{0}円を超えるため、配偶者控除・配偶者特別控除は受けられません（障害者控除は別です）。見積額を確かめてください。");
    private static readonly RuleMessage M27 = new("declaration.check.m27", "所得金額調整控除の要件「本人が特別障害者」を選ぶには、扶養控除等申告書の本人の障害者区分を特別障害者にしてください。");
    private static readonly RuleMessage M28 = new("declaration.check.m28", "所得金額調整控除申告書の該当者を、申告書に記入した配偶者・親族から選んでください。");
    private static readonly RuleMessage M29 = new("declaration.check.m29", "所得金額調整控除申告書の要件が{0}に当てはまりません。要件か該当者を選び直してください。");
    private static readonly RuleMessage M30 = new("declaration.check.m30", "{0}の所得の見積額");
    private static readonly RuleMessage M31 = new("declaration.check.m31", "{0}の送金額");
    private static readonly RuleMessage M32 = new("declaration.check.m32", "基礎控除申告書の他の支払者からの給与の収入金額");
    private static readonly RuleMessage M33 = new("declaration.check.m33", "基礎控除申告書の給与所得以外の所得の合計額");
    private static readonly RuleMessage M34 = new("declaration.check.m34", "配偶者控除等申告書の配偶者の給与の収入金額");
    private static readonly RuleMessage M35 = new("declaration.check.m35", "配偶者控除等申告書の配偶者の給与以外の所得");
    private static readonly RuleMessage M36 = new("declaration.check.m36", "{0}は0円以上{1}円以下で入力してください。");
    private static readonly RuleMessage M37 = new("declaration.check.m37", "保険料控除申告書の生命保険料の{0}行目");
    private static readonly RuleMessage M38 = new("declaration.check.m38", "{0}の保険会社等の名称");
    private static readonly RuleMessage M39 = new("declaration.check.m39", "{0}: 介護医療保険料は新制度だけです。区分を「新」にしてください。");
    private static readonly RuleMessage M40 = new("declaration.check.m40", "{0}の保険料");
    private static readonly RuleMessage M41 = new("declaration.check.m41", "{0}の控除証明書を添付してください（旧制度で年間{1}円以下の契約を除き必要です）。");
    private static readonly RuleMessage M42 = new("declaration.check.m42", "保険料控除申告書の地震保険料の{0}行目");
    private static readonly RuleMessage M45 = new("declaration.check.m45", "{0}の控除証明書を添付してください。");
    private static readonly RuleMessage M46 = new("declaration.check.m46", "保険料控除申告書の社会保険料の{0}行目");
    private static readonly RuleMessage M47 = new("declaration.check.m47", "{0}の保険料支払先の名称");
    private static readonly RuleMessage M49 = new("declaration.check.m49", "{0}（国民年金保険料・国民年金基金の掛金）の控除証明書を添付してください。");
    private static readonly RuleMessage M50 = new("declaration.check.m50", "保険料控除申告書の小規模企業共済等掛金の{0}行目");
    private static readonly RuleMessage M51 = new("declaration.check.m51", "{0}の掛金");
    private static readonly RuleMessage M52 = new("declaration.check.m52", "{0}の掛金の払込証明書を添付してください。");
    private static readonly RuleMessage M53 = new("declaration.check.m53", "{0}を入力してください。");
    private static readonly RuleMessage M54 = new("declaration.check.m54", "{0}の控除額は上限の{1}円です。これを超える保険料は控除されません。");
    private static readonly RuleMessage M55 = new("declaration.check.m55", "生命保険料控除の合計は上限の{0}円です。これを超える分は控除されません。");
    private static readonly RuleMessage M56 = new("declaration.check.m56", "一般の生命保険料");
    private static readonly RuleMessage M57 = new("declaration.check.m57", "介護医療保険料");
    private static readonly RuleMessage M58 = new("declaration.check.m58", "個人年金保険料");
    private static readonly RuleMessage M59 = new("declaration.check.m59", "地震保険料控除は上限の{0}円です。これを超える保険料は控除されません。");
    private static readonly RuleMessage M60 = new("declaration.check.m60", "住宅借入金等特別控除申告書");
    private static readonly RuleMessage M61 = new("declaration.check.m61", "{0}: {1}年分にはこの控除区分（特定増改築等）はありません。税務署から届いた申告書の区分を確かめてください。");
    private static readonly RuleMessage M62 = new("declaration.check.m62", "{0}の年末残高");
    private static readonly RuleMessage M63 = new("declaration.check.m63", "{0}の借入限度額");
    private static readonly RuleMessage M64 = new("declaration.check.m64", "{0}の控除限度額");
    private static readonly RuleMessage M65 = new("declaration.check.m65", "{0}の取得対価の額");
    private static readonly RuleMessage M66 = new("declaration.check.m66", "{0}の持分（負担割合）は1〜100%で入力してください。");
    private static readonly RuleMessage M67 = new("declaration.check.m67", "{0}の控除率は税務署の証明書に印刷された率（0.7%又は1%）を入力してください。");
    private static readonly RuleMessage M68 = new("declaration.check.m68", "{0}は居住2年目以降の年末調整で使います。{1}年に居住を始めた場合は確定申告で控除を受けてください。");
    private static readonly RuleMessage M69 = new("declaration.check.m69", "{0}: 金融機関の年末残高等証明書を添付してください。");
    private static readonly RuleMessage M70 = new("declaration.check.m70", "{0}: 税務署の控除証明書を添付してください。");

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

    private sealed record Located(Section Section, string Path, RuleMessage Label, DeclaredPerson Person);

    private sealed class Checker(DeclarationForms forms, DeclarationYearDefinition year, DateOnly today)
    {
        private readonly TaxYearRules _rules = year.Rules;

        public List<DeclarationCheck> Findings { get; } = [];

        private IEnumerable<Located> AllPeople()
        {
            var d = forms.Dependants;
            if (d.Spouse is { } spouse)
            {
                yield return new(Section.Spouse, DeclarationFieldPaths.Spouse, M01, spouse);
            }

            for (var i = 0; i < d.Relatives.Count; i++)
            {
                yield return new(Section.Relatives, DeclarationFieldPaths.Row(DeclarationFieldPaths.Relatives, d.Relatives[i].EntryId), M02.With(year.RelativesSectionTitle, i + 1), d.Relatives[i]);
            }

            for (var i = 0; i < d.YoungRelatives.Count; i++)
            {
                yield return new(Section.YoungRelatives, DeclarationFieldPaths.Row(DeclarationFieldPaths.YoungRelatives, d.YoungRelatives[i].EntryId), M03.With(i + 1), d.YoungRelatives[i]);
            }

            for (var i = 0; i < d.OtherEarnersRelatives.Count; i++)
            {
                var person = d.OtherEarnersRelatives[i].Person;
                yield return new(Section.OtherEarners, DeclarationFieldPaths.Row(DeclarationFieldPaths.OtherEarnersRelatives, person.EntryId), M04.With(i + 1), person);
            }

            var specific = forms.Basic.SpecificRelatives;
            for (var i = 0; i < specific.Count; i++)
            {
                yield return new(Section.SpecificRelatives, DeclarationFieldPaths.Row(DeclarationFieldPaths.SpecificRelatives, specific[i].EntryId), M05.With(i + 1), specific[i]);
            }
        }

        private void Add(string code, string path, CheckSeverity severity, RuleMessage message) =>
            Findings.Add(new DeclarationCheck(code, path, severity, message.Text, message));

        private void Block(string code, string path, RuleMessage message) => Add(code, path, CheckSeverity.Blocking, message);

        private void Warn(string code, string path, RuleMessage message) => Add(code, path, CheckSeverity.Warning, message);

        private int AgeAtYearEnd(DeclaredPerson person) => LegalAge.At(person.BirthDate, year.YearEnd);

        private static string Yen(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture);

        public void People()
        {
            foreach (var (section, path, label, person) in AllPeople())
            {
                if (string.IsNullOrWhiteSpace(person.Name) || string.IsNullOrWhiteSpace(person.NameKana))
                {
                    Block(DeclarationCheckCodes.RequiredMissing, DeclarationFieldPaths.Field(path, string.IsNullOrWhiteSpace(person.Name) ? "name" : "nameKana"), M06.With(label));
                }

                if (person.MyNumber is { State: DeclaredMyNumberState.Invalid })
                {
                    Block(DeclarationCheckCodes.MyNumberInvalid, DeclarationFieldPaths.Field(path, "myNumber"), M07.With(label));
                }

                var birthPath = DeclarationFieldPaths.Field(path, "birthDate");
                if (person.BirthDate > today)
                {
                    Block(DeclarationCheckCodes.BirthDateInFuture, birthPath, M08.With(label));
                    continue;
                }

                if (person.BirthDate > year.YearEnd)
                {
                    Block(DeclarationCheckCodes.BornAfterTaxYear, birthPath, M09.With(label, year.Year, year.Year));
                    continue;
                }

                var isSpouse = person.Relationship == DeclaredRelationship.Spouse;
                if (isSpouse != (section == Section.Spouse))
                {
                    Block(DeclarationCheckCodes.RelationshipContradictsSection, DeclarationFieldPaths.Field(path, "relationship"), isSpouse
                        ? M10.With(label)
                        : M11.With(label));
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
                    Block(DeclarationCheckCodes.SectionNotInYear, tickPath, M12.With(year.Year));
                }
                else if (forms.Dependants.Relatives.FirstOrDefault(r => r.EntryId == id) is not { } relative)
                {
                    Block(DeclarationCheckCodes.ReferenceUnknown, tickPath, M13.With(year.RelativesSectionTitle));
                }
                else if (!IsSpecificAge(AgeAtYearEnd(relative)))
                {
                    Block(DeclarationCheckCodes.AgeContradictsSection, tickPath, M14.With(year.Year, _rules.SpecificDependantAgeFrom, _rules.SpecificDependantAgeBelow, year.RelativesSectionTitle));
                }
            }

            if (forms.Basic.SpecificRelatives.Count > 0 && !year.HasSpecificRelativePart)
            {
                Block(DeclarationCheckCodes.SectionNotInYear, DeclarationFieldPaths.SpecificRelatives, M15.With(year.Year));
            }
        }

        private bool IsSpecificAge(int age) => age >= _rules.SpecificDependantAgeFrom && age < _rules.SpecificDependantAgeBelow;

        private void Age(Section section, string path, RuleMessage label, DeclaredPerson person)
        {
            var age = AgeAtYearEnd(person);
            var birthPath = DeclarationFieldPaths.Field(path, "birthDate");
            var minimum = _rules.DependantMinimumAge;
            if (section == Section.Relatives && age < minimum)
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, birthPath, M16.With(label, year.Year, minimum));
            }
            else if (section == Section.YoungRelatives && age >= minimum)
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, birthPath, M17.With(label, year.Year, minimum, year.RelativesSectionTitle));
            }
            else if (section == Section.SpecificRelatives && !IsSpecificAge(age))
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, birthPath, M18.With(label, year.Year, _rules.SpecificDependantAgeFrom, _rules.SpecificDependantAgeBelow));
            }
        }

        private void NonResident(Section section, string path, RuleMessage label, DeclaredPerson person)
        {
            if (section != Section.Relatives || !person.IsNonResident)
            {
                return;
            }

            var reasonPath = DeclarationFieldPaths.Field(path, "nonResidentReason");
            if (person.NonResidentReason is not { } reason)
            {
                Block(DeclarationCheckCodes.NonResidentReasonMissing, reasonPath, M19.With(label));
                return;
            }

            var age = AgeAtYearEnd(person);
            var restricted = age >= _rules.NonResidentRestrictedAgeFrom && age < _rules.NonResidentRestrictedAgeBelow;
            if (reason == NonResidentReason.AgeUnder30OrOver70 && restricted)
            {
                Block(DeclarationCheckCodes.AgeContradictsSection, reasonPath, M20.With(label, year.Year, _rules.NonResidentRestrictedAgeFrom, _rules.NonResidentRestrictedAgeBelow));
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
                    Block(DeclarationCheckCodes.RelativeClaimedTwice, located.Path, M21.With(located.Label, first.Label));
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
                            Warn(DeclarationCheckCodes.SpecificRelativeSuggested, incomePath, M22.With(label, Yen(limit), Yen(specific.MaxIncome)));
                        }
                    }
                    else
                    {
                        Warn(DeclarationCheckCodes.RelativeOverIncomeLimit, incomePath, M23.With(label, Yen(limit)));
                    }
                }
                else if (section == Section.SpecificRelatives && person.EstimatedIncome <= limit)
                {
                    Warn(DeclarationCheckCodes.SpecificRelativeWithinDependantLimit, incomePath, M24.With(label, Yen(limit), year.RelativesSectionTitle));
                }
                else if (section == Section.SpecificRelatives && specific is not null && person.EstimatedIncome > specific.MaxIncome)
                {
                    Warn(DeclarationCheckCodes.SpecificRelativeOverLimit, incomePath, M25.With(label, Yen(specific.MaxIncome)));
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
                    Warn(DeclarationCheckCodes.SpouseOverSpecialLimit, path, M26.With(Yen(spouseMax)));
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
                    Block(DeclarationCheckCodes.RequirementContradicts, requirementPath, M27);
                }

                return;
            }

            var located = AllPeople().FirstOrDefault(p => p.Person.EntryId == claim.PersonEntryId);
            if (located is null)
            {
                Block(DeclarationCheckCodes.ReferenceUnknown, personPath, M28);
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
                    M29.With(located.Label));
            }
        }

        public void Amounts()
        {
            foreach (var (_, path, label, person) in AllPeople())
            {
                Amount(DeclarationFieldPaths.Field(path, "income"), person.EstimatedIncome, M30.With(label));
                Amount(DeclarationFieldPaths.Field(path, "remittance"), person.Remittance, M31.With(label));
            }

            var basic = forms.Basic;
            Amount(DeclarationFieldPaths.SalaryFromOtherPayers, basic.SalaryFromOtherPayers, M32);
            Amount(DeclarationFieldPaths.OtherIncome, basic.OtherIncome, M33);
            if (basic.SpouseIncome is { } spouseIncome)
            {
                Amount(DeclarationFieldPaths.Field(DeclarationFieldPaths.SpouseIncome, "salaryRevenue"), spouseIncome.SalaryRevenue, M34);
                Amount(DeclarationFieldPaths.Field(DeclarationFieldPaths.SpouseIncome, "otherIncome"), spouseIncome.OtherIncome, M35);
            }
        }

        private bool Amount(string path, long value, RuleMessage what)
        {
            if (value is >= 0 and <= DeclarationYearDefinition.MaxAmount)
            {
                return true;
            }

            Block(DeclarationCheckCodes.AmountOutOfRange, path, M36.With(what, Yen(DeclarationYearDefinition.MaxAmount)));
            return false;
        }

        public void Insurance()
        {
            var insurance = forms.Insurance;
            for (var i = 0; i < insurance.Life.Count; i++)
            {
                var line = insurance.Life[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.Life, line.EntryId);
                var label = M37.With(i + 1);
                Text(row, "insurerName", line.InsurerName, M38.With(label));
                if (line.Category == LifeInsuranceCategory.CareMedical && line.Regime == InsuranceRegime.Old)
                {
                    Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(row, "regime"), M39.With(label));
                }

                var validAmount = Amount(DeclarationFieldPaths.Field(row, "premium"), line.Premium, M40.With(label));
                var waived = line.Regime == InsuranceRegime.Old && line.Premium <= year.OldLifeInsuranceCertificateWaiverPerContract;
                if (validAmount && line.Premium > 0 && !waived && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), M41.With(label, Yen(year.OldLifeInsuranceCertificateWaiverPerContract)));
                }
            }

            for (var i = 0; i < insurance.Earthquake.Count; i++)
            {
                var line = insurance.Earthquake[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.Earthquake, line.EntryId);
                var label = M42.With(i + 1);
                Text(row, "insurerName", line.InsurerName, M38.With(label));
                if (Amount(DeclarationFieldPaths.Field(row, "premium"), line.Premium, M40.With(label)) && line.Premium > 0 && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), M45.With(label));
                }
            }

            for (var i = 0; i < insurance.SocialInsurance.Count; i++)
            {
                var line = insurance.SocialInsurance[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.SocialInsurance, line.EntryId);
                var label = M46.With(i + 1);
                Text(row, "payeeName", line.PayeeName, M47.With(label));
                if (Amount(DeclarationFieldPaths.Field(row, "premium"), line.Premium, M40.With(label)) && line.Premium > 0
                    && year.SocialInsuranceKindsNeedingCertificate.Contains(line.Kind) && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), M49.With(label));
                }
            }

            for (var i = 0; i < insurance.MutualAid.Count; i++)
            {
                var line = insurance.MutualAid[i];
                var row = DeclarationFieldPaths.Row(DeclarationFieldPaths.MutualAid, line.EntryId);
                var label = M50.With(i + 1);
                if (Amount(DeclarationFieldPaths.Field(row, "amount"), line.Amount, M51.With(label)) && line.Amount > 0
                    && year.MutualAidNeedsCertificate && !line.Certificate.IsPresent)
                {
                    Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(row, "certificate"), M52.With(label));
                }
            }

            LifeInsuranceCaps();
            EarthquakeCaps();
        }

        private void Text(string row, string field, string? value, RuleMessage what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Block(DeclarationCheckCodes.RequiredMissing, DeclarationFieldPaths.Field(row, field), M53.With(what));
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
                    Warn(DeclarationCheckCodes.LifeInsuranceCapped, DeclarationFieldPaths.Life, M54.With(CategoryName(category), Yen(deduction)));
                }
            }

            if (total > _rules.LifeInsuranceTotalCap)
            {
                Warn(DeclarationCheckCodes.LifeInsuranceTotalCapped, DeclarationFieldPaths.Life, M55.With(Yen(_rules.LifeInsuranceTotalCap)));
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

        private static RuleMessage CategoryName(LifeInsuranceCategory category) => category switch
        {
            LifeInsuranceCategory.General => M56,
            LifeInsuranceCategory.CareMedical => M57,
            _ => M58,
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
                Warn(DeclarationCheckCodes.EarthquakeInsuranceCapped, DeclarationFieldPaths.Earthquake, M59.With(Yen(Math.Min(raw, _rules.EarthquakeInsuranceTotalCap))));
            }
        }

        public void HousingLoan()
        {
            if (forms.HousingLoan is not { } loan)
            {
                return;
            }

            var root = DeclarationFieldPaths.HousingLoan;
            var label = M60;
            if (!year.HousingLoanCategories.Contains(loan.Category))
            {
                Block(DeclarationCheckCodes.SectionNotInYear, DeclarationFieldPaths.Field(root, "category"), M61.With(label, year.Year));
            }

            Amount(DeclarationFieldPaths.Field(root, "yearEndBalance"), loan.YearEndBalance, M62.With(label));
            Amount(DeclarationFieldPaths.Field(root, "balanceLimit"), loan.BalanceLimit, M63.With(label));
            Amount(DeclarationFieldPaths.Field(root, "creditLimit"), loan.CreditLimit, M64.With(label));
            if (loan.AcquisitionPrice is { } price)
            {
                Amount(DeclarationFieldPaths.Field(root, "acquisitionPrice"), price, M65.With(label));
            }

            if (loan.SharePercent is < 1 or > 100)
            {
                Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(root, "sharePercent"), M66.With(label));
            }

            // Rates on the forms are 0.7% and 1% (tax-rules.md §12); anything above 1% is a typing error.
            if (loan.RateBasisPoints is < 1 or > 100)
            {
                Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(root, "rateBasisPoints"), M67.With(label));
            }

            if (loan.ResidenceStartDate > year.YearEnd || loan.ResidenceStartDate.Year >= year.Year)
            {
                // The first year is claimed on the tax return; the year-end adjustment only from the second year.
                Block(DeclarationCheckCodes.ValueOutOfRange, DeclarationFieldPaths.Field(root, "residenceStartDate"), M68.With(label, year.Year));
            }

            // From residence in 2023 the lender may report the balance to the tax office, which prints it on its
            // certificate (tax-rules.md §12), so the lender's certificate is required only before that.
            if (loan.ResidenceStartDate.Year < 2023 && !loan.BalanceCertificate.IsPresent)
            {
                Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(root, "balanceCertificate"), M69.With(label));
            }

            if (!loan.TaxOfficeCertificate.IsPresent)
            {
                Block(DeclarationCheckCodes.CertificateMissing, DeclarationFieldPaths.Field(root, "taxOfficeCertificate"), M70.With(label));
            }
        }
    }
}
