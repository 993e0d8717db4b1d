using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Domain.Declarations;

// A spouse or relative as one row of a declaration. EntryId is stable for the row's life (field paths and history
// use it). MasterId links the row to the Employee master's FamilyMember it was carried over from; a row without one,
// or one whose facts differ from the master, is a proposal the approval applies — saving a declaration never touches
// the master. EstimatedIncome is the 所得の見積額 (合計所得金額, not salary); age bands (特定扶養, 老人) and the
// 同居老親等 / 特定親族 categories are derived from BirthDate, Relationship, Cohabiting and income against the year.
public sealed record DeclaredPerson(
    Guid EntryId,
    FamilyMemberId? MasterId,
    string Name,
    string NameKana,
    DeclaredRelationship Relationship,
    DateOnly BirthDate,
    DeclaredMyNumber? MyNumber,
    string? Address,
    long EstimatedIncome,
    DisabilityLevel Disability,
    bool Cohabiting,
    bool IsNonResident,
    NonResidentReason? NonResidentReason,
    long Remittance,
    bool IsBusinessFamilyEmployee,
    DateOnly? ChangeDate,
    string? ChangeReason)
{
    public bool IsLinealAscendant => Relationship is DeclaredRelationship.Parent or DeclaredRelationship.Grandparent
        or DeclaredRelationship.SpouseParent or DeclaredRelationship.SpouseGrandparent;
}
