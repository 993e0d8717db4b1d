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

    /// <summary>
    /// The Japan date from which the person is no longer part of the family the employee declares (left the household,
    /// married, died …), set when an approved declaration no longer lists them. Kept, not deleted: earlier years'
    /// declarations and the statutory retention still refer to the row.
    /// </summary>
    public DateOnly? EndedOn { get; private set; }

    public bool IsCurrent => EndedOn is null;

    internal static FamilyMember Create(FamilyMemberDetails details)
    {
        var member = new FamilyMember { Id = FamilyMemberId.New() };
        member.Update(details);
        return member;
    }

    /// <summary>Replaces the details; returns which fields changed.</summary>
    internal FamilyMemberFields Update(FamilyMemberDetails details)
    {
        var changed = FamilyMemberFields.None;
        if (!string.Equals(Name, details.Name, StringComparison.Ordinal)) changed |= FamilyMemberFields.Name;
        if (!string.Equals(NameKana, details.NameKana, StringComparison.Ordinal)) changed |= FamilyMemberFields.NameKana;
        if (Relationship != details.Relationship) changed |= FamilyMemberFields.Relationship;
        if (BirthDate != details.BirthDate) changed |= FamilyMemberFields.BirthDate;
        if (Cohabiting != details.Cohabiting) changed |= FamilyMemberFields.Cohabiting;
        if (Disability != details.Disability) changed |= FamilyMemberFields.Disability;
        if (NonResident != details.NonResident) changed |= FamilyMemberFields.NonResident;
        if (EstimatedIncome != details.EstimatedIncome) changed |= FamilyMemberFields.EstimatedIncome;

        Name = details.Name;
        NameKana = details.NameKana;
        Relationship = details.Relationship;
        BirthDate = details.BirthDate;
        Cohabiting = details.Cohabiting;
        Disability = details.Disability;
        NonResident = details.NonResident;
        EstimatedIncome = details.EstimatedIncome;
        return changed;
    }

    // Ends the member on a date (left the household); never done by an approval, which only adds, updates and resumes.
    public bool End(DateOnly endedOn)
    {
        if (EndedOn is not null)
        {
            return false;
        }

        EndedOn = endedOn;
        return true;
    }

    internal bool Resume()
    {
        if (EndedOn is null)
        {
            return false;
        }

        EndedOn = null;
        return true;
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

    internal bool ClearMyNumber()
    {
        if (MyNumberCiphertext is null)
        {
            return false;
        }

        MyNumberCiphertext = null;
        MyNumberLookup = null;
        return true;
    }
}
