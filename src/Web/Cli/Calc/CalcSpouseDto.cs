using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Web.Cli.Calc;

public sealed class CalcSpouseDto
{
    public DateOnly? BirthDate { get; init; }

    public long? TotalIncome { get; init; }

    public DisabilityLevel? Disability { get; init; }

    public bool? LivesWithEmployee { get; init; }

    public bool? IsNonResident { get; init; }

    public bool? IsBusinessFamilyEmployee { get; init; }
}
