namespace YearEndAdjustment.Domain.Employees;

public enum FamilyMasterChangeKind
{
    Added,
    Updated,
    Ended,
}
