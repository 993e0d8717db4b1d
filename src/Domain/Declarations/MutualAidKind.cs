namespace YearEndAdjustment.Domain.Declarations;

// 小規模企業共済等掛金 sub-items (所得税法75条), forms-and-formats.md §1.3.4.
public enum MutualAidKind
{
    SmallEnterpriseMutualAid,
    CorporateDefinedContribution,
    IndividualDefinedContribution,
    DisabilityMutualAid,
}
