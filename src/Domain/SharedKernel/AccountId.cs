namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>Identity of a user account. In the shared kernel because access logs and audit rows refer to it.</summary>
public readonly record struct AccountId(Guid Value)
{
    /// <summary>A new time-ordered identity.</summary>
    public static AccountId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
