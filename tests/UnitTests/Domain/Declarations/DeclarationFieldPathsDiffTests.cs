using YearEndAdjustment.Domain.Declarations;
using static YearEndAdjustment.UnitTests.Domain.Declarations.DeclarationSamples;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

public sealed class DeclarationFieldPathsDiffTests
{
    [Fact]
    public void Diff_SameState_IsEmpty()
    {
        var forms = WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1)));

        Assert.Empty(DeclarationFieldPaths.Diff(forms, forms));
    }

    [Fact]
    public void Diff_ChangedIncome_GivesThePathAndBothValues()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1), 100_000);

        var change = Assert.Single(DeclarationFieldPaths.Diff(WithRelatives(child), WithRelatives(child with { EstimatedIncome = 650_000 })));

        Assert.Equal(new DeclarationFieldChange($"dependants.relatives[{child.EntryId}].income", "100000", "650000"), change);
    }

    [Fact]
    public void Diff_RemovedRow_GivesEveryFieldWithNoNewValue()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1));

        var changes = DeclarationFieldPaths.Diff(WithRelatives(child), WithRelatives());

        Assert.Contains(changes, c => c.Path == $"dependants.relatives[{child.EntryId}].name" && c.OldValue == child.Name && c.NewValue is null);
        Assert.All(changes, c => Assert.Null(c.NewValue));
    }

    [Fact]
    public void Diff_MyNumber_IsMaskedAndAReplacedNumberStillShows()
    {
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1));
        var first = child with { MyNumber = DeclaredMyNumber.Provided(Protected("aaa")) };
        var second = child with { MyNumber = DeclaredMyNumber.Provided(Protected("bbb")) };

        var added = Assert.Single(DeclarationFieldPaths.Diff(WithRelatives(child), WithRelatives(first)));
        var replaced = Assert.Single(DeclarationFieldPaths.Diff(WithRelatives(first), WithRelatives(second)));

        Assert.Equal((null, DeclaredMyNumber.MaskedProvided), (added.OldValue, added.NewValue));
        Assert.Equal($"dependants.relatives[{child.EntryId}].myNumber", replaced.Path);
        Assert.Equal((DeclaredMyNumber.MaskedProvided, DeclaredMyNumber.MaskedProvided), (replaced.OldValue, replaced.NewValue));
        Assert.Empty(DeclarationFieldPaths.Diff(WithRelatives(first), WithRelatives(child with { MyNumber = DeclaredMyNumber.Provided(Protected("aaa")) })));
    }

    [Fact]
    public void Flatten_HousingLoan_IncludesTheFormsCredit()
    {
        var loan = new HousingLoanForm(new DateOnly(2022, 4, 1), HousingLoanCategory.General, 23_456_789, 100, null, 30_000_000, 70, 210_000,
            CertificateEvidence.None, CertificateEvidence.None);

        Assert.Equal("164100", DeclarationFieldPaths.Flatten(DeclarationForms.Empty with { HousingLoan = loan })["housingLoan.credit"]);
    }
}
