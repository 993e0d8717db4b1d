using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Web.Cli.Calc;

public sealed class CalcRelativeDto
{
    public DateOnly? BirthDate { get; init; }

    public long? TotalIncome { get; init; }

    public DisabilityLevel? Disability { get; init; }

    public bool? LivesWithEmployee { get; init; }

    public bool? IsLinealAscendant { get; init; }

    public bool? IsChild { get; init; }

    public bool? IsNonResident { get; init; }

    public bool? NonResidentQualifies { get; init; }

    public bool? IsBusinessFamilyEmployee { get; init; }

    public bool? ClaimedByAnotherEarner { get; init; }
}
