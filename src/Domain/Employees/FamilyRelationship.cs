namespace YearEndAdjustment.Domain.Employees;

/// <summary>続柄 of a family member to the employee.</summary>
public enum FamilyRelationship
{
    Spouse,
    Child,
    Parent,
    Grandparent,
    Grandchild,
    Sibling,
    Other,
}
