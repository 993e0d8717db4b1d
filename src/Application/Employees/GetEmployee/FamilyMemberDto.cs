namespace YearEndAdjustment.Application.Employees.GetEmployee;

public sealed record FamilyMemberDto(
    Guid Id, string Name, string NameKana, string Relationship, DateOnly BirthDate, bool Cohabiting, string Disability,
    bool NonResident, long EstimatedIncome, bool HasMyNumber, DateOnly? EndedOn = null);
