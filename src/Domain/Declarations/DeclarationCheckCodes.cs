namespace YearEndAdjustment.Domain.Declarations;

// Stable codes of DeclarationCheck; clients, pages and tests match on them.
public static class DeclarationCheckCodes
{
    public const string AmountOutOfRange = "declaration.amount_out_of_range";
    public const string ValueOutOfRange = "declaration.value_out_of_range";
    public const string RequiredMissing = "declaration.required_missing";
    public const string BirthDateInFuture = "declaration.birth_date_in_future";
    public const string BornAfterTaxYear = "declaration.born_after_tax_year";
    public const string AgeContradictsSection = "declaration.age_contradicts_section";
    public const string RelationshipContradictsSection = "declaration.relationship_contradicts_section";
    public const string SectionNotInYear = "declaration.section_not_in_year";
    public const string RelativeClaimedTwice = "declaration.relative_claimed_twice";
    public const string MyNumberInvalid = "declaration.my_number_invalid";
    public const string NonResidentReasonMissing = "declaration.non_resident_reason_missing";
    public const string ReferenceUnknown = "declaration.reference_unknown";
    public const string RequirementContradicts = "declaration.requirement_contradicts";
    public const string RelativeOverIncomeLimit = "declaration.relative_over_income_limit";
    public const string SpecificRelativeSuggested = "declaration.specific_relative_suggested";
    public const string SpecificRelativeWithinDependantLimit = "declaration.specific_relative_within_dependant_limit";
    public const string SpecificRelativeOverLimit = "declaration.specific_relative_over_limit";
    public const string SpouseOverSpecialLimit = "declaration.spouse_over_special_limit";
    public const string LifeInsuranceCapped = "declaration.life_insurance_capped";
    public const string LifeInsuranceTotalCapped = "declaration.life_insurance_total_capped";
    public const string EarthquakeInsuranceCapped = "declaration.earthquake_insurance_capped";
    public const string CertificateMissing = "declaration.certificate_missing";
}
