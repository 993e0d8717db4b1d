namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>Identity of an employee; declarations and results refer to it.</summary>
public readonly record struct EmployeeId(Guid Value)
{
    /// <summary>A new time-ordered identity.</summary>
    public static EmployeeId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
