using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.UnitTests.Application.Declarations.ReviewDeclaration;

public sealed class DeclaredFamilyTests
{
    [Fact]
    public void EveryPersonOnce_InMasterTerms_WithOnlyAProvidedNumber()
    {
        var spouse = Person(DeclaredRelationship.Spouse, DeclaredMyNumber.OnLedger());
        var inLaw = Person(DeclaredRelationship.SpouseParent, DeclaredMyNumber.Provided(new ProtectedMyNumber([1], "x"))) with { Disability = DisabilityLevel.Special };
        var forms = DeclarationForms.Empty with
        {
            Dependants = DependantsForm.Empty with { Spouse = spouse, Relatives = [inLaw] },
            Basic = BasicDeductionForm.Empty with { SpecificRelatives = [inLaw] },
        };

        var people = DeclaredFamily.From(forms);

        Assert.Equal(2, people.Count);
        Assert.Equal((FamilyRelationship.Spouse, null), (people[0].Details.Relationship, people[0].MyNumber));
        Assert.Equal((FamilyRelationship.Other, DisabilityKind.Special, "x"), (people[1].Details.Relationship, people[1].Details.Disability, people[1].MyNumber!.Lookup));
    }

    private static DeclaredPerson Person(DeclaredRelationship relationship, DeclaredMyNumber number) => new(
        Guid.NewGuid(), null, "山田 花子", "ヤマダ ハナコ", relationship, new DateOnly(1960, 1, 1), number, null, 0, DisabilityLevel.None,
        true, false, null, 0, false, null, null);
}
