namespace YearEndAdjustment.Domain.Declarations;

// 扶養控除等申告書 section D: a relative another earner (e.g. the other working parent) claims. The section has no
// income column; Person.EstimatedIncome comes from the 所得金額調整控除申告書 row or the under-16 row
// (docs/calc-input-coverage.md).
public sealed record OtherEarnerRelative(
    DeclaredPerson Person,
    string OtherEarnerName,
    string OtherEarnerRelationship,
    string? OtherEarnerAddress);
