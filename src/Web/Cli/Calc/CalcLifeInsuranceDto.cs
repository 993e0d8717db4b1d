namespace YearEndAdjustment.Web.Cli.Calc;

public sealed class CalcLifeInsuranceDto
{
    public long? NewGeneral { get; init; }

    public long? OldGeneral { get; init; }

    public long? CareMedical { get; init; }

    public long? NewPension { get; init; }

    public long? OldPension { get; init; }
}
