namespace YearEndAdjustment.Domain.Declarations;

// 所得金額調整控除申告書 (part 4): the requirement and the row of the person who meets it (spouse, a relative of any
// list). Null PersonEntryId only for EmployeeSpeciallyDisabled.
public sealed record IncomeAdjustmentClaim(
    IncomeAdjustmentRequirement Requirement,
    Guid? PersonEntryId,
    string? SpecialDisabilityFact);
