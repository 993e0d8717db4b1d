namespace YearEndAdjustment.Web.Cli.Calc;

public sealed record CalcDeductionsDto
{
    public required long SocialInsurance { get; init; }

    public required long SmallEnterpriseMutualAid { get; init; }

    public required long LifeInsurance { get; init; }

    public required long LifeInsuranceGeneral { get; init; }

    public required long LifeInsuranceCareMedical { get; init; }

    public required long LifeInsurancePension { get; init; }

    public required long EarthquakeInsurance { get; init; }

    public required string SpouseKind { get; init; }

    public required long Spouse { get; init; }

    public required long SpecificRelative { get; init; }

    public required long Dependants { get; init; }

    public required long Disability { get; init; }

    public required long Widow { get; init; }

    public required long SingleParent { get; init; }

    public required long WorkingStudent { get; init; }

    public required long Basic { get; init; }
}
