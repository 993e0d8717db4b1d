namespace YearEndAdjustment.Domain.Declarations;

public readonly record struct DeclarationId(Guid Value)
{
    public static DeclarationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
