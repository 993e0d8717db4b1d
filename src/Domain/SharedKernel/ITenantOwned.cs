namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>Marks an entity that belongs to exactly one tenant; the persistence layer filters and guards it.</summary>
public interface ITenantOwned
{
    /// <summary>The tenant the entity belongs to; never changes after creation.</summary>
    TenantId TenantId { get; }
}
