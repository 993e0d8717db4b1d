namespace YearEndAdjustment.Domain.Employees;

public readonly record struct FamilyMemberId(Guid Value)
{
    public static FamilyMemberId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
