namespace YearEndAdjustment.Infrastructure.Jobs;

internal sealed class TenantPurgeOptions
{
    public const string Section = "Tenants";

    /// <summary>R-03: days after the contract end date at which the tenant's data is deleted for good.</summary>
    public int PurgeAfterDays { get; set; } = 60;

    /// <summary>Rows per delete statement: each batch is its own short transaction, so no table stays locked long.</summary>
    public int PurgeBatchSize { get; set; } = 500;
}
