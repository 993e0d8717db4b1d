using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// The people of a declaration in the Employee master's terms, for <see cref="Employee.ApplyDeclaredFamily"/>: the
/// spouse, section B, the under-16 list, section D and the part-3 特定親族, each once (a 2026 section-B row with the
/// 特定親族 tick shares its EntryId with its part-3 row).
/// </summary>
public static class DeclaredFamily
{
    public static IReadOnlyList<DeclaredFamilyMember> From(DeclarationForms forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var d = forms.Dependants;
        IEnumerable<DeclaredPerson> people =
        [
            .. d.Spouse is null ? [] : new[] { d.Spouse },
            .. d.Relatives,
            .. d.YoungRelatives,
            .. d.OtherEarnersRelatives.Select(r => r.Person),
            .. forms.Basic.SpecificRelatives,
        ];
        return [.. people.DistinctBy(p => p.EntryId).Select(ToMaster)];
    }

    private static DeclaredFamilyMember ToMaster(DeclaredPerson person) => new(
        person.MasterId,
        FamilyMemberDetails.Create(
            person.Name,
            person.NameKana,
            Relationship(person.Relationship),
            person.BirthDate,
            person.Cohabiting,
            person.Disability switch
            {
                DisabilityLevel.General => DisabilityKind.General,
                DisabilityLevel.Special => DisabilityKind.Special,
                _ => DisabilityKind.None,
            },
            person.IsNonResident,
            new Yen(person.EstimatedIncome)),
        person.MyNumber is { State: DeclaredMyNumberState.Provided, Value: { } number } ? number : null);

    // The master knows no "spouse's parent": an in-law is 其の他 there, while the declaration keeps the finer relation
    // that 同居老親等 needs (措置法41条の16).
    private static FamilyRelationship Relationship(DeclaredRelationship relationship) => relationship switch
    {
        DeclaredRelationship.Spouse => FamilyRelationship.Spouse,
        DeclaredRelationship.Child => FamilyRelationship.Child,
        DeclaredRelationship.Parent => FamilyRelationship.Parent,
        DeclaredRelationship.Grandparent => FamilyRelationship.Grandparent,
        DeclaredRelationship.Grandchild => FamilyRelationship.Grandchild,
        DeclaredRelationship.Sibling => FamilyRelationship.Sibling,
        _ => FamilyRelationship.Other,
    };
}
