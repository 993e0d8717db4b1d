using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// A spouse or relative row both ways. Reading: <see cref="MaskedMyNumber"/> is set, <see cref="MyNumber"/> is null.
/// Saving: <see cref="MyNumber"/> carries 12 new digits, or null to keep the row's stored number (matched by
/// <see cref="EntryId"/>); <see cref="ClearMyNumber"/> removes it; <see cref="MyNumberOnLedger"/> marks it as left off
/// because the employer keeps it already.
/// </summary>
public sealed record PersonDto(
    Guid EntryId,
    Guid? MasterId,
    string Name,
    string NameKana,
    DeclaredRelationship Relationship,
    DateOnly BirthDate,
    string? Address,
    long EstimatedIncome,
    DisabilityLevel Disability,
    bool Cohabiting,
    bool IsNonResident,
    NonResidentReason? NonResidentReason,
    long Remittance,
    bool IsBusinessFamilyEmployee,
    DateOnly? ChangeDate,
    string? ChangeReason,
    string? MyNumber = null,
    bool ClearMyNumber = false,
    bool MyNumberOnLedger = false,
    string? MaskedMyNumber = null);
