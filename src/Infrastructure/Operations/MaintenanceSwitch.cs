namespace YearEndAdjustment.Infrastructure.Operations;

/// <summary>
/// The one row of the operator's maintenance switch. Operator-side and global like the job ledger: it holds
/// no tenant data, so it is deliberately not tenant-owned.
/// </summary>
internal sealed class MaintenanceSwitch
{
    public const int TheRow = 1;
    public const int MessageMaxLength = 500;

    public int Id { get; private set; } = TheRow;

    public bool IsOn { get; private set; }

    public DateTime? UntilUtc { get; private set; }

    public string? Message { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    public void Set(bool isOn, DateTime? untilUtc, string? message, DateTime nowUtc)
    {
        IsOn = isOn;
        UntilUtc = isOn ? untilUtc : null;
        Message = isOn ? message : null;
        ChangedAtUtc = nowUtc;
    }
}
