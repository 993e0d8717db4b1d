using Mediator;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.AddFamilyMember;

/// <summary>
/// An admin registers a spouse or relative of an employee (Y-01). <paramref name="Version"/> is the employee's version
/// the form was filled from: if someone else saved in between, nothing is added.
/// </summary>
public sealed record AddFamilyMemberCommand(
    Guid EmployeeId,
    int Version,
    string Name,
    string NameKana,
    FamilyRelationship Relationship,
    DateOnly? BirthDate,
    bool Cohabiting,
    DisabilityKind Disability,
    bool NonResident,
    long? EstimatedIncome,
    string? MyNumber) : ICommand<AddFamilyMemberResult>, IFamilyMemberInput
{
    /// <summary>Identifiers only: the record's generated text would print the My Number and the personal data.</summary>
    public override string ToString() => $"{nameof(AddFamilyMemberCommand)} {{ EmployeeId = {EmployeeId}, Version = {Version} }}";
}
