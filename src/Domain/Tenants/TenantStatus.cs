namespace YearEndAdjustment.Domain.Tenants;

public enum TenantStatus
{
    Active,
    Ended,

    /// <summary>Everything the tenant owned is deleted; the row is a tombstone.</summary>
    Purged,
}
