namespace YearEndAdjustment.Domain.Adjustments;

// Premiums paid in the year net of dividends, per category and regime (所得税法76条): new = contracts from 2012,
// old = contracts up to 2011. 介護医療 exists only as a new-type category.
public readonly record struct LifeInsurancePremiums(
    long NewGeneral,
    long OldGeneral,
    long CareMedical,
    long NewPension,
    long OldPension);
