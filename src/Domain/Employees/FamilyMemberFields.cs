namespace YearEndAdjustment.Domain.Employees;

/// <summary>The fields of a family member, as flags, so a change can say which fields it touched (never their values).</summary>
[Flags]
public enum FamilyMemberFields
{
    None = 0,
    Name = 1 << 0,
    NameKana = 1 << 1,
    Relationship = 1 << 2,
    BirthDate = 1 << 3,
    Cohabiting = 1 << 4,
    Disability = 1 << 5,
    NonResident = 1 << 6,
    EstimatedIncome = 1 << 7,
    MyNumber = 1 << 8,
    Ended = 1 << 9,
}
