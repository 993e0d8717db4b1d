namespace YearEndAdjustment.Domain.Results;

/// <summary>Where a stored result stands against the live declaration and payroll figures.</summary>
public enum ResultFreshness
{
    /// <summary>Computed from the declaration and payroll figures as they are now.</summary>
    Current,

    /// <summary>The declaration, the payroll total or the leave date changed after the calculation.</summary>
    Stale,
}
