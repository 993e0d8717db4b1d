namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>Identity of a tenant (one contract). <see cref="None"/> marks records that belong to no tenant.</summary>
public readonly record struct TenantId(Guid Value)
{
    /// <summary>Used for site-wide records (requests outside any tenant); never matches a real tenant.</summary>
    public static readonly TenantId None = new(Guid.Empty);

    /// <summary>A new time-ordered identity.</summary>
    public static TenantId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
