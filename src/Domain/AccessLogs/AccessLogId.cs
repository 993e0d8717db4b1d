namespace YearEndAdjustment.Domain.AccessLogs;

public readonly record struct AccessLogId(Guid Value)
{
    public static AccessLogId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
