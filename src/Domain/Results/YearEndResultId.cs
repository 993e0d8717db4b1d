namespace YearEndAdjustment.Domain.Results;

public readonly record struct YearEndResultId(Guid Value)
{
    public static YearEndResultId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
