using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.Domain.Declarations;

// What the forms of one tax year look like and ask (forms-and-formats.md §0, §1). Amounts that are tax law come from
// the calculator's TaxYearRules (one source for both); only facts of the printed forms and of the certificate rules
// live here. A new year is a DeclarationYear#### file `with` the previous one, registered in DeclarationYearCatalog.
public sealed record DeclarationYearDefinition
{
    // Anything above this is a typing error, not a figure (and negative amounts never occur on the forms).
    public const long MaxAmount = 10_000_000_000;

    public required int Year { get; init; }

    public required TaxYearRules Rules { get; init; }

    // 扶養控除等申告書 section B: 「控除対象扶養親族」 to 2025, 「源泉控除対象親族」 from the 2026 form.
    public required string RelativesSectionTitle { get; init; }

    // The income the printed section-B guidance names (2026: 1,000,000, printed before the 2026 reform — forms §0
    // caution); shown to the employee, never used by the calculation.
    public required long RelativesSectionIncomeLimit { get; init; }

    // The 2026 form's 「特定親族」 tick in section B.
    public required bool RelativesSectionHasSpecificRelativeTick { get; init; }

    // 特定親族特別控除申告書 (part 3 of the combined form), from 2025.
    public required bool HasSpecificRelativePart { get; init; }

    public required string BasicFormTitle { get; init; }

    // 2024 only: the 定額減税 boxes on the combined form (the calculator counts the persons itself).
    public required bool HasFlatTaxCutPart { get; init; }

    // 所得税法196条2項, 所得税法施行令319条: a 旧生命保険料 contract of at most this much a year needs no certificate;
    // every other life and earthquake line does. [2ND] re-check against the year's 年末調整のしかた.
    public required long OldLifeInsuranceCertificateWaiverPerContract { get; init; }

    // 所得税法196条2項, 施行令319条: 国民年金保険料 and 国民年金基金 contributions paid directly need a certificate; other
    // social insurance lines do not. [2ND]
    public required IReadOnlySet<SocialInsuranceKind> SocialInsuranceKindsNeedingCertificate { get; init; }

    // 小規模企業共済等掛金 paid directly need the payer's certificate (施行令319条). [2ND]
    public required bool MutualAidNeedsCertificate { get; init; }

    // The 特定増改築等 (増) category: its last year-end was 2025 (tax-rules.md §3, [2ND]).
    public required IReadOnlySet<HousingLoanCategory> HousingLoanCategories { get; init; }

    // 2026: the new-type 一般 life-insurance special for an employee with a 扶養親族 under 23 (taken from the rules).
    public bool HasLifeInsuranceYoungDependantSpecial => Rules.LifeInsuranceNewGeneralWithYoungDependant is not null;

    // December 31: ages are judged at the year's end (年齢計算ニ関スル法律, tax-rules.md §8.1).
    public DateOnly YearEnd => new(Year, 12, 31);

    // The section a claimed relative belongs in, from the facts and this year's rules (ages at December 31).
    public RelativePlacement PlaceRelative(DateOnly birthDate, long estimatedIncome)
    {
        var age = Adjustments.LegalAge.At(birthDate, YearEnd);
        if (age < Rules.DependantMinimumAge)
        {
            return RelativePlacement.YoungRelatives;
        }

        var specificAge = age >= Rules.SpecificDependantAgeFrom && age < Rules.SpecificDependantAgeBelow;
        if (HasSpecificRelativePart && specificAge && Rules.SpecificRelativeDeduction is { } specific
            && estimatedIncome > Rules.DependantIncomeLimit && estimatedIncome <= specific.MaxIncome)
        {
            return RelativesSectionHasSpecificRelativeTick ? RelativePlacement.RelativesWithSpecificTick : RelativePlacement.SpecificRelativeOnly;
        }

        return RelativePlacement.Relatives;
    }
}
