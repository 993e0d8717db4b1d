using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Declarations.Events;
using YearEndAdjustment.Domain.SharedKernel;
using static YearEndAdjustment.UnitTests.Domain.Declarations.DeclarationSamples;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

public sealed class DeclarationWorkflowTests
{
    private static readonly AccountId Actor = AccountId.New();

    [Fact]
    public void Create_StartsNotStartedWithEmptyForms()
    {
        var declaration = New();

        Assert.Equal(DeclarationStatus.NotStarted, declaration.Status);
        Assert.Equal(0, declaration.Version);
        Assert.Equal(DeclarationForms.Empty.Dependants, declaration.Dependants);
    }

    [Fact]
    public void Create_UnsupportedYear_Throws()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Declaration.Create(Tenant, Employee, new TaxYear(2023), null, Now));
        Assert.Equal(DeclarationYearCatalog.UnsupportedYearCode, error.Code);
    }

    [Fact]
    public void SaveForms_FirstSave_MovesToDraftAndReturnsChanges()
    {
        var declaration = New();
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1));

        var changes = declaration.SaveForms(WithRelatives(child), Actor, Now);

        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
        Assert.Equal(1, declaration.Version);
        Assert.Contains(changes, c => c.Path == $"dependants.relatives[{child.EntryId}].income" && c.OldValue is null && c.NewValue == "0");
        Assert.All(changes, c => Assert.Equal(Actor, c.ActorAccountId));
    }

    [Fact]
    public void SaveForms_NothingChanged_KeepsVersion()
    {
        var declaration = New();
        var forms = WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1)));
        declaration.SaveForms(forms, Actor, Now);

        var changes = declaration.SaveForms(forms, Actor, Now);

        Assert.Empty(changes);
        Assert.Equal(1, declaration.Version);
    }

    [Fact]
    public void EnsureVersion_Stale_Throws()
    {
        var declaration = New();
        declaration.SaveForms(WithRelatives(), Actor, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => declaration.EnsureVersion(0));
        Assert.Equal(Declaration.StaleVersionCode, error.Code);
    }

    [Fact]
    public void Submit_FromDraft_SubmitsAndRaisesEvent()
    {
        var declaration = New();
        declaration.SaveForms(WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1))), Actor, Now);

        declaration.Submit(Employee, Now);

        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        Assert.Equal(Now, declaration.SubmittedAtUtc);
        Assert.IsType<DeclarationSubmittedEvent>(Assert.Single(declaration.DomainEvents));
    }

    [Fact]
    public void Submit_NotStarted_Throws()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => New().Submit(Employee, Now));
        Assert.Equal(Declaration.NotSubmittableCode, error.Code);
    }

    [Fact]
    public void Submit_ByAnotherEmployee_Throws()
    {
        var declaration = New();
        declaration.SaveForms(WithRelatives(), Actor, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => declaration.Submit(EmployeeId.New(), Now));
        Assert.Equal(Declaration.NotOwnerCode, error.Code);
    }

    [Fact]
    public void Submit_WithBlockingCheck_ThrowsWithTheChecksCode()
    {
        var declaration = New();
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1)) with { MyNumber = DeclaredMyNumber.Invalid() };
        declaration.SaveForms(WithRelatives(child), Actor, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => declaration.Submit(Employee, Now));

        Assert.Equal(DeclarationCheckCodes.MyNumberInvalid, error.Code);
        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
    }

    [Fact]
    public void SaveForms_RecordsTheNumberOfCheckFindings_AndClearsItWhenFixed()
    {
        var declaration = New();
        var child = Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1));
        declaration.SaveForms(WithRelatives(child with { MyNumber = DeclaredMyNumber.Invalid() }), Actor, Now);
        var withFinding = declaration.WarningCount;

        declaration.SaveForms(WithRelatives(child), Actor, Now);

        Assert.Equal(declaration.Check(Now).Count, declaration.WarningCount);
        Assert.True(withFinding > declaration.WarningCount);
    }

    [Fact]
    public void SaveForms_WhenSubmitted_Throws()
    {
        var declaration = Submitted();

        var error = Assert.Throws<DomainRuleViolationException>(() => declaration.SaveForms(WithRelatives(), Actor, Now));
        Assert.Equal(Declaration.NotEditableCode, error.Code);
    }

    [Fact]
    public void Withdraw_BeforeReview_ReturnsToDraft()
    {
        var declaration = Submitted();
        var version = declaration.Version;

        declaration.Withdraw(Employee, Now);

        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
        Assert.Null(declaration.SubmittedAtUtc);
        Assert.Equal(version + 1, declaration.Version);
    }

    [Fact]
    public void Withdraw_AfterReviewStarted_Throws()
    {
        var declaration = Submitted();
        declaration.StartReview(Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => declaration.Withdraw(Employee, Now));
        Assert.Equal(Declaration.ReviewStartedCode, error.Code);
    }

    [Fact]
    public void Withdraw_Draft_Throws()
    {
        var declaration = New();
        declaration.Start(Now);

        Assert.Equal(Declaration.NotWithdrawableCode, Assert.Throws<DomainRuleViolationException>(() => declaration.Withdraw(Employee, Now)).Code);
    }

    [Fact]
    public void Return_WithoutComments_Throws()
    {
        var declaration = Submitted();

        Assert.Equal(Declaration.CommentsRequiredCode, Assert.Throws<DomainRuleViolationException>(() => declaration.Return([], Now)).Code);
    }

    [Fact]
    public void Return_ThenResubmit_Works()
    {
        var declaration = Submitted();

        declaration.Return([new ReviewComment("dependants.self.disability", "手帳の写しを添付してください。")], Now);
        Assert.Equal(DeclarationStatus.Returned, declaration.Status);
        declaration.SaveForms(WithRelatives(), Actor, Now);
        declaration.Submit(Employee, Now);

        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
    }

    [Fact]
    public void Approve_ThenReopen_GoesBackAsReturnedWithReason()
    {
        var declaration = Submitted();
        declaration.Approve(Now);
        Assert.Equal(DeclarationStatus.Approved, declaration.Status);

        declaration.Reopen("扶養親族の所得に誤り", Now);

        Assert.Equal(DeclarationStatus.Returned, declaration.Status);
        Assert.Null(declaration.ApprovedAtUtc);
        Assert.Equal("扶養親族の所得に誤り", Assert.Single(declaration.ReturnComments).Text);
    }

    [Fact]
    public void Reopen_WhenNotApproved_Throws()
    {
        Assert.Equal(Declaration.NotReopenableCode, Assert.Throws<DomainRuleViolationException>(() => Submitted().Reopen("x", Now)).Code);
    }

    [Fact]
    public void Approve_Draft_Throws()
    {
        var declaration = New();
        declaration.Start(Now);

        Assert.Equal(Declaration.NotReviewableCode, Assert.Throws<DomainRuleViolationException>(() => declaration.Approve(Now)).Code);
    }

    private static Declaration Submitted()
    {
        var declaration = New();
        declaration.SaveForms(WithRelatives(Person(DeclaredRelationship.Child, new DateOnly(2005, 4, 1))), Actor, Now);
        declaration.Submit(Employee, Now);
        return declaration;
    }
}
