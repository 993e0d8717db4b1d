using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;
using static YearEndAdjustment.UnitTests.Domain.Declarations.DeclarationSamples;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

/// <summary>Assisted entry on the aggregate (ADR 0041): marked history rows, pending until the owner confirms, and the
/// certificate of an insurance line.</summary>
public sealed class AssistedEntryTests
{
    private static readonly AccountId Admin = AccountId.New();

    [Fact]
    public void SaveFormsOnBehalf_MarksTheRowsAssisted_AndTheDeclarationPending()
    {
        var declaration = New();
        declaration.SaveForms(WithRelatives(), AccountId.New(), Now);
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1));

        var changes = declaration.SaveFormsOnBehalf(WithRelatives(child), Admin, Now.AddMinutes(1));

        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal((true, Admin, (DateTime?)null), (c.IsAssisted, c.ActorAccountId!.Value, c.ConfirmedAtUtc)));
        Assert.Equal(Now.AddMinutes(1), declaration.AssistedEditsPendingSinceUtc);
        Assert.DoesNotContain(declaration.SaveForms(WithRelatives(), AccountId.New(), Now.AddMinutes(2)), c => c.IsAssisted);
        Assert.True(declaration.HasAssistedEditsPending);
    }

    [Fact]
    public void SaveFormsOnBehalf_NothingChanged_LeavesNothingToConfirm()
    {
        var declaration = New();
        declaration.SaveForms(WithRelatives(), AccountId.New(), Now);

        Assert.Empty(declaration.SaveFormsOnBehalf(WithRelatives(), Admin, Now));
        Assert.False(declaration.HasAssistedEditsPending);
    }

    [Fact]
    public void ConfirmAssistedEdits_OnlyTheOwner_StampsTheRows_AndKeepsVersion()
    {
        var declaration = New();
        var changes = declaration.SaveFormsOnBehalf(WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1))), Admin, Now);
        var version = declaration.Version;

        var other = Assert.Throws<DomainRuleViolationException>(() => declaration.ConfirmAssistedEdits(EmployeeId.New(), [.. changes], Now));
        Assert.Equal(Declaration.NotOwnerCode, other.Code);
        Assert.True(declaration.HasAssistedEditsPending);

        declaration.ConfirmAssistedEdits(Employee, [.. changes], Now.AddHours(1));

        Assert.All(changes, c => Assert.Equal(Now.AddHours(1), c.ConfirmedAtUtc));
        Assert.Equal((false, version), (declaration.HasAssistedEditsPending, declaration.Version));
        var again = Assert.Throws<DomainRuleViolationException>(() => declaration.ConfirmAssistedEdits(Employee, [.. changes], Now));
        Assert.Equal(Declaration.NothingToConfirmCode, again.Code);
    }

    [Fact]
    public void SubmitOnBehalf_AndResubmittingAReturnedDeclarationUnchanged_AreAllowed()
    {
        var declaration = New();
        declaration.SaveFormsOnBehalf(WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1))), Admin, Now);

        declaration.SubmitOnBehalf(Now);
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        declaration.Return([new ReviewComment("", "これで合っていますか？")], Now);
        declaration.Submit(Employee, Now);

        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
    }

    [Fact]
    public void AttachCertificate_AddsTheFileToThatLineOnly_AndAnUnknownLineIsRefused()
    {
        var declaration = New();
        var first = Life(LifeInsuranceCategory.General, InsuranceRegime.New, 80_000, certificate: false);
        var second = Life(LifeInsuranceCategory.General, InsuranceRegime.Old, 50_000, certificate: false);
        declaration.SaveForms(DeclarationForms.Empty with { Insurance = InsuranceForm.Empty with { Life = [first, second] } }, Admin, Now);
        var file = Guid.NewGuid();

        var changes = declaration.AttachCertificate(second.EntryId, file, Admin, Now);

        Assert.Equal([file], declaration.Insurance.Life[1].Certificate.AttachmentIds);
        Assert.Empty(declaration.Insurance.Life[0].Certificate.AttachmentIds);
        Assert.Single(changes);
        var missing = Assert.Throws<DomainRuleViolationException>(() => declaration.AttachCertificate(Guid.NewGuid(), file, Admin, Now));
        Assert.Equal(Declaration.LineNotFoundCode, missing.Code);
    }
}
