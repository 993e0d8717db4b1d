namespace YearEndAdjustment.Application.Abstractions;

/// <summary>The operator's maintenance switch: on or off, until when (UTC, optional) and a note for users.</summary>
public sealed record MaintenanceState(bool IsOn, DateTime? UntilUtc, string? Message)
{
    public static readonly MaintenanceState Off = new(false, null, null);
}
