using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Accounts;

public sealed class AccountBehaviourTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);

    private static Account User(AccountRole role = AccountRole.General, Permission permissions = Permission.None) =>
        Account.Register(TenantId.New(), LoginId.Create("taro"), "山田太郎", "taro@example.com", role, permissions, [], Now);

    [Fact]
    public void Register_HasNoUsablePassword_AndMustSetOne()
    {
        var account = User();

        Assert.False(account.HasPassword);
        Assert.True(account.MustChangePassword);
        Assert.Equal(Permission.None, account.EffectivePermissions);
    }

    [Fact]
    public void FailedSignIns_LockAtThreshold_ForTheLockoutTime()
    {
        var account = User();
        for (var i = 0; i < 9; i++)
        {
            account.RegisterFailedSignIn(Now, 10, TimeSpan.FromMinutes(15));
        }

        Assert.False(account.IsLockedOut(Now));
        account.RegisterFailedSignIn(Now, 10, TimeSpan.FromMinutes(15));
        Assert.True(account.IsLockedOut(Now.AddMinutes(14)));
        Assert.False(account.IsLockedOut(Now.AddMinutes(15)));
    }

    [Fact]
    public void SuccessfulSignIn_ResetsTheFailureCount()
    {
        var account = User();
        for (var i = 0; i < 9; i++)
        {
            account.RegisterFailedSignIn(Now, 10, TimeSpan.FromMinutes(15));
        }

        account.RegisterSuccessfulSignIn(Now);
        account.RegisterFailedSignIn(Now, 10, TimeSpan.FromMinutes(15));

        Assert.False(account.IsLockedOut(Now));
    }

    [Fact]
    public void Disable_ChangesTheStamp_SoSessionsEnd()
    {
        var account = User();
        var stamp = account.SecurityStamp;

        account.Disable(Now);

        Assert.True(account.IsDisabled);
        Assert.NotEqual(stamp, account.SecurityStamp);
    }

    [Fact]
    public void LimitedAdmin_HoldsOnlyTheChosenPermissions_AndDepartments()
    {
        var account = User(AccountRole.LimitedAdmin, Permission.ReviewDeclarations | Permission.ViewLogs);
        account.AssignRole(AccountRole.LimitedAdmin, Permission.ReviewDeclarations, ["D01", " D02 ", "D01"]);

        Assert.Equal(Permission.ReviewDeclarations, account.EffectivePermissions);
        Assert.Equal(["D01", "D02"], account.DepartmentCodes);
    }

    [Fact]
    public void Admin_HoldsEverything_GeneralNothing()
    {
        Assert.Equal(Permission.All, User(AccountRole.Admin).EffectivePermissions);
        Assert.Equal(Permission.None, User(AccountRole.General, Permission.All).EffectivePermissions);
    }

    [Fact]
    public void AdminId_CannotBeDisabledOrDemoted()
    {
        var admin = Account.OpenAdminId(TenantId.New(), "hash", Now);

        Assert.Equal("account.admin_id_disable", Assert.Throws<DomainRuleViolationException>(() => admin.Disable(Now)).Code);
        Assert.Equal("account.admin_id_role", Assert.Throws<DomainRuleViolationException>(() => admin.AssignRole(AccountRole.General, Permission.None, [])).Code);
    }

    [Fact]
    public void TwoFactorStep_IsAcceptedOnlyOnce_AndOnlyForward()
    {
        var account = User();
        account.BeginTwoFactorSetup("protected");
        account.EnableTwoFactor(100, ["h1", "h2"]);

        Assert.False(account.TryAcceptTwoFactorStep(100));
        Assert.True(account.TryAcceptTwoFactorStep(101));
        Assert.False(account.TryAcceptTwoFactorStep(101));
        Assert.False(account.TryAcceptTwoFactorStep(99));
    }

    [Fact]
    public void RecoveryCode_WorksOnce()
    {
        var account = User();
        account.BeginTwoFactorSetup("protected");
        account.EnableTwoFactor(1, ["h1", "h2"]);

        Assert.True(account.TryUseRecoveryCode("h1"));
        Assert.False(account.TryUseRecoveryCode("h1"));
        Assert.Equal(1, account.RemainingRecoveryCodes);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b")]
    [InlineData("two@@example.com")]
    [InlineData("line\nbreak@example.com")]
    public void ChangeEmail_Malformed_Throws(string email) =>
        Assert.Equal("account.email_invalid", Assert.Throws<DomainRuleViolationException>(() => User().ChangeEmail(email)).Code);

    [Fact]
    public void Token_IsUsableOnceAndUntilExpiry()
    {
        var token = AccountToken.Issue(TenantId.New(), AccountId.New(), TokenPurpose.PasswordReset, "hash", Now, TimeSpan.FromMinutes(30));

        Assert.True(token.IsUsable(Now.AddMinutes(29)));
        Assert.False(token.IsUsable(Now.AddMinutes(30)));
        token.Use(Now.AddMinutes(1));
        Assert.False(token.IsUsable(Now.AddMinutes(2)));
        Assert.Throws<DomainRuleViolationException>(() => token.Use(Now.AddMinutes(2)));
    }

    [Fact]
    public void Session_EndsOnIdleOrAbsoluteTimeout_OrRevocation()
    {
        var session = UserSession.Start(TenantId.New(), AccountId.New(), "stamp", Now, TimeSpan.FromHours(12));

        Assert.True(session.IsActive(Now.AddMinutes(29), TimeSpan.FromMinutes(30)));
        Assert.False(session.IsActive(Now.AddMinutes(30), TimeSpan.FromMinutes(30)));
        session.Touch(Now.AddHours(11));
        Assert.False(session.IsActive(Now.AddHours(12), TimeSpan.FromMinutes(30)));
        session.Revoke(Now);
        Assert.False(session.IsActive(Now.AddMinutes(1), TimeSpan.FromMinutes(30)));
    }
}
