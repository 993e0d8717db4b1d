using Mediator;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.UpdateFamilyMember;

/// <summary>
/// An admin corrects a spouse's or relative's details (Y-01). A blank <paramref name="MyNumber"/> keeps the stored
/// number; <paramref name="RemoveMyNumber"/> deletes it. <paramref name="Version"/> is the employee's version the form
/// was filled from: if someone else saved in between, nothing is overwritten.
/// </summary>
public sealed record UpdateFamilyMemberCommand(
    Guid EmployeeId,
    Guid FamilyMemberId,
    int Version,
    string Name,
    string NameKana,
    FamilyRelationship Relationship,
    DateOnly? BirthDate,
    bool Cohabiting,
    DisabilityKind Disability,
    bool NonResident,
    long? EstimatedIncome,
    string? MyNumber,
    bool RemoveMyNumber) : ICommand<UpdateFamilyMemberResult>, IFamilyMemberInput
{
    /// <summary>Identifiers only: the record's generated text would print the My Number and the personal data.</summary>
    public override string ToString() =>
        $"{nameof(UpdateFamilyMemberCommand)} {{ EmployeeId = {EmployeeId}, FamilyMemberId = {FamilyMemberId}, Version = {Version} }}";
}
