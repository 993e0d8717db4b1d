namespace YearEndAdjustment.Domain.Employees;

public readonly record struct PayrollTotalId(Guid Value)
{
    public static PayrollTotalId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
