namespace YearEndAdjustment.Domain.Declarations;

// 続柄 as the declarations need it. Finer than the master's FamilyRelationship: the spouse's parents and grandparents
// are 直系尊属 "of the spouse", which makes a cohabiting one aged 70+ a 同居老親等 (措置法41条の16).
public enum DeclaredRelationship
{
    Spouse,
    Child,
    Parent,
    Grandparent,
    SpouseParent,
    SpouseGrandparent,
    Grandchild,
    Sibling,
    Other,
}
