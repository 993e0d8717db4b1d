using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>A spouse or relative of an employee; part of the <see cref="Employee"/> aggregate.</summary>
public sealed class FamilyMember
{
    private FamilyMember()
    {
        Name = null!;
        NameKana = null!;
    }

    public FamilyMemberId Id { get; private set; }

    public string Name { get; private set; }

    public string NameKana { get; private set; }

    public FamilyRelationship Relationship { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public bool Cohabiting { get; private set; }

    public DisabilityKind Disability { get; private set; }

    public bool NonResident { get; private set; }

    public Yen EstimatedIncome { get; private set; }

    public byte[]? MyNumberCiphertext { get; private set; }

    public string? MyNumberLookup { get; private set; }

    internal static FamilyMember Create(FamilyMemberDetails details)
    {
        var member = new FamilyMember { Id = FamilyMemberId.New() };
        member.Update(details);
        return member;
    }

    internal void Update(FamilyMemberDetails details)
    {
        Name = details.Name;
        NameKana = details.NameKana;
        Relationship = details.Relationship;
        BirthDate = details.BirthDate;
        Cohabiting = details.Cohabiting;
        Disability = details.Disability;
        NonResident = details.NonResident;
        EstimatedIncome = details.EstimatedIncome;
    }

    internal bool SetMyNumber(ProtectedMyNumber myNumber)
    {
        if (string.Equals(MyNumberLookup, myNumber.Lookup, StringComparison.Ordinal))
        {
            return false;
        }

        MyNumberCiphertext = myNumber.Ciphertext;
        MyNumberLookup = myNumber.Lookup;
        return true;
    }
}
