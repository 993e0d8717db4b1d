using System.Net;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>R-13 invitations and R-15 resets: one-time, expiring links sent only to the registered address.</summary>
public sealed class InvitationAndResetTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    private const string NewPassword = "spring rain on the mountain path";

    [Fact]
    public async Task Invitation_LetsTheUserSetAPasswordOnce_AndSignIn()
    {
        var (admin, _) = await factory.AdminClientAsync("invite");
        await CreateInvitedUserAsync(admin, "invite", "suzuki", "suzuki@example.com");
        var link = factory.Mail.LinkFor("suzuki@example.com");
        var user = factory.CreateClient();

        var page = await user.GetStringAsync(link);
        var set = await SetPasswordAsync(user, link);
        var reuse = await SetPasswordAsync(factory.CreateClient(), link, "another long new password 77");
        var signIn = await AuthWebApplicationFactory.SignInAsync(user, "invite", "suzuki", NewPassword);

        Assert.Contains("ログインID「suzuki」", page);
        Assert.Contains("パスワードを設定しました", await set.Content.ReadAsStringAsync());
        Assert.Contains("使用済みか、有効期限が切れています", await reuse.Content.ReadAsStringAsync());
        Assert.Equal("/invite/", signIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Invitation_Mail_GoesOnlyToTheRegisteredAddress_AndNamesNoOneElse()
    {
        var (admin, _) = await factory.AdminClientAsync("invite-mail");
        await CreateInvitedUserAsync(admin, "invite-mail", "kato", "kato@example.com");

        var mail = Assert.Single(factory.Mail.To("kato@example.com"));

        Assert.Contains("招待", mail.Subject);
        Assert.Contains("http://localhost:5080/invite-mail/account/set-password?token=", mail.TextBody);
        Assert.Contains("kato", mail.TextBody);
    }

    [Fact]
    public async Task ExpiredInvitation_IsRefused()
    {
        var (admin, _) = await factory.AdminClientAsync("invite-expired");
        await CreateInvitedUserAsync(admin, "invite-expired", "ito", "ito@example.com");
        var link = factory.Mail.LinkFor("ito@example.com");
        await ExpireTokensAsync("invite-expired");

        var page = await factory.CreateClient().GetStringAsync(link);
        var set = await SetPasswordAsync(factory.CreateClient(), link);

        Assert.Contains("使用済みか、有効期限が切れています", page);
        Assert.Contains("使用済みか、有効期限が切れています", await set.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForgedToken_IsRefusedAndChangesNothing()
    {
        await factory.AdminClientAsync("forged");
        const string forged = "/forged/account/set-password?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        var set = await SetPasswordAsync(factory.CreateClient(), forged);

        Assert.Contains("使用済みか、有効期限が切れています", await set.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reset_ForRegisteredAddress_SendsLinkThatWorksOnce_AndEndsOldPassword()
    {
        var (admin, _) = await factory.AdminClientAsync("reset");
        await CreateInvitedUserAsync(admin, "reset", "yoshida", "yoshida@example.com");
        await SetPasswordAsync(factory.CreateClient(), factory.Mail.LinkFor("yoshida@example.com"));

        var answer = await RequestResetAsync("reset", "yoshida@example.com");
        var link = factory.Mail.LinkFor("yoshida@example.com");
        await SetPasswordAsync(factory.CreateClient(), link, "a brand new passphrase for winter");
        var oldOne = await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "reset", "yoshida", NewPassword);
        var newOne = await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "reset", "yoshida", "a brand new passphrase for winter");

        Assert.Contains("再設定用のリンクを送信しました", answer);
        Assert.Contains("パスワード再設定", factory.Mail.To("yoshida@example.com").Last().Subject);
        Assert.Contains("正しくありません", await oldOne.Content.ReadAsStringAsync());
        Assert.Equal("/reset/", newOne.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Reset_ForUnknownAddress_AnswersTheSame_AndSendsNothing()
    {
        await factory.AdminClientAsync("reset-unknown");
        await factory.AdminClientAsync("reset-known");
        var before = factory.Mail.Sent.Count;

        var unknown = await RequestResetAsync("reset-unknown", "nobody@example.com");

        Assert.Contains("再設定用のリンクを送信しました", unknown);
        Assert.Equal(before, factory.Mail.Sent.Count);
    }

    [Fact]
    public async Task Reset_OfAnotherTenantsAddress_SendsNothing()
    {
        var (admin, _) = await factory.AdminClientAsync("reset-home");
        await CreateInvitedUserAsync(admin, "reset-home", "mori", "mori@example.com");
        await factory.AdminClientAsync("reset-elsewhere");
        var before = factory.Mail.To("mori@example.com").Count;

        await RequestResetAsync("reset-elsewhere", "mori@example.com");

        Assert.Equal(before, factory.Mail.To("mori@example.com").Count);
    }

    [Fact]
    public async Task CreateAccount_WithoutEmailOrInitialPassword_IsRefusedAndCreatesNothing()
    {
        var (admin, _) = await factory.AdminClientAsync("no-email");

        var response = await AuthWebApplicationFactory.PostFormAsync(admin, "/no-email/admin/accounts/new", new Dictionary<string, string>
        {
            ["LoginId"] = "nomail",
            ["DisplayName"] = "無記名",
            ["Role.Role"] = "General",
            ["IssueInitialPassword"] = "false",
        });
        var list = await admin.GetStringAsync("/no-email/admin/accounts");

        Assert.Contains("初期パスワードを発行する", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(">nomail<", list);
    }

    [Fact]
    public async Task CreateAccount_DuplicateLoginId_IsRefused()
    {
        var (admin, _) = await factory.AdminClientAsync("dup-id");
        await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "dup-id", "same", "一人目");

        var response = await AuthWebApplicationFactory.PostFormAsync(admin, "/dup-id/admin/accounts/new", new Dictionary<string, string>
        {
            ["LoginId"] = "SAME",
            ["DisplayName"] = "二人目",
            ["Role.Role"] = "General",
            ["IssueInitialPassword"] = "true",
        });

        Assert.Contains("既に使われています", await response.Content.ReadAsStringAsync());
    }

    private static async Task CreateInvitedUserAsync(HttpClient admin, string slug, string loginId, string email)
    {
        var response = await AuthWebApplicationFactory.PostFormAsync(admin, $"/{slug}/admin/accounts/new", new Dictionary<string, string>
        {
            ["LoginId"] = loginId,
            ["DisplayName"] = loginId + " さん",
            ["Email"] = email,
            ["Role.Role"] = "General",
            ["IssueInitialPassword"] = "false",
        });
        Assert.Contains("招待メールを送信しました", await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password = NewPassword)
    {
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(YeaWebApplicationFactory.BaseAddress, link).Query)["token"]!;
        var page = await client.GetStringAsync(link);
        var antiforgery = page.Contains("__RequestVerificationToken", StringComparison.Ordinal)
            ? Html.AntiforgeryToken(page)
            : Html.AntiforgeryToken(await client.GetStringAsync(link.Split("/account/")[0] + "/login"));
        return await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token,
            ["NewPassword"] = password,
            ["NewPasswordConfirmation"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        }));
    }

    private async Task<string> RequestResetAsync(string slug, string email)
    {
        var response = await AuthWebApplicationFactory.PostFormAsync(factory.CreateClient(), $"/{slug}/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task ExpireTokensAsync(string slug)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.SingleAsync(t => t.Slug == Domain.Tenants.TenantSlug.Create(slug));
        await db.AccountTokens.IgnoreQueryFilters()
            .Where(t => t.TenantId == tenant.Id && t.Purpose == TokenPurpose.Invitation)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1)));
    }
}
