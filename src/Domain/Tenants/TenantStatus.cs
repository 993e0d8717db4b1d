namespace YearEndAdjustment.Domain.Tenants;

public enum TenantStatus
{
    Active,
    Ended,
}
