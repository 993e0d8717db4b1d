namespace YearEndAdjustment.Domain.Declarations;

// 給与所得者の保険料控除申告書 (forms-and-formats.md §1.3): one line per contract or payment.
public sealed record InsuranceForm(
    IReadOnlyList<LifeInsuranceLine> Life,
    IReadOnlyList<EarthquakeInsuranceLine> Earthquake,
    IReadOnlyList<SocialInsuranceLine> SocialInsurance,
    IReadOnlyList<MutualAidLine> MutualAid)
{
    public static readonly InsuranceForm Empty = new([], [], [], []);
}
