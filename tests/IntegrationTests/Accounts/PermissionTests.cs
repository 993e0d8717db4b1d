using System.Net;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>R-12: general users reach no admin screen; a limited admin cannot raise anyone above general.</summary>
public sealed class PermissionTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task GeneralUser_IsRefusedAdminScreens()
    {
        var (admin, _) = await factory.AdminClientAsync("perm-general");
        var password = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "perm-general", "worker", "作業者");
        var user = await SignInChangedAsync("perm-general", "worker", password);

        var accounts = await user.GetAsync("/perm-general/admin/accounts");
        var settings = await user.GetAsync("/perm-general/admin/settings/security");
        var home = await user.GetStringAsync("/perm-general/");

        Assert.Equal(HttpStatusCode.Forbidden, accounts.StatusCode);
        Assert.Contains("権限がありません", await accounts.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.DoesNotContain("アカウント管理", home);
    }

    [Fact]
    public async Task LimitedAdmin_WithManageAccounts_CreatesGeneralUsersButNoAdmins()
    {
        var (admin, _) = await factory.AdminClientAsync("perm-limited");
        var clerkPassword = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "perm-limited", "clerk", "人事担当");
        var clerkId = await FindIdAsync(admin, "perm-limited", "clerk");
        await AuthWebApplicationFactory.PostFormAsync(admin, $"/perm-limited/admin/accounts/{clerkId}", new Dictionary<string, string>
        {
            ["Role.Role"] = "LimitedAdmin",
            ["Role.Permissions"] = "ManageAccounts",
            ["Role.Departments"] = "D01",
        }, $"/perm-limited/admin/accounts/{clerkId}?handler=Role");
        var clerk = await SignInChangedAsync("perm-limited", "clerk", clerkPassword);

        var general = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(clerk, "perm-limited", "newbie", "新人");
        var escalate = await AuthWebApplicationFactory.PostFormAsync(clerk, "/perm-limited/admin/accounts/new", new Dictionary<string, string>
        {
            ["LoginId"] = "boss",
            ["DisplayName"] = "ボス",
            ["Role.Role"] = "Admin",
            ["IssueInitialPassword"] = "true",
        });
        var settings = await clerk.GetAsync("/perm-limited/admin/settings/security");

        Assert.False(string.IsNullOrEmpty(general));
        Assert.Contains("管理者だけです", await escalate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
    }

    [Fact]
    public async Task AdminId_CannotBeDisabled_EvenByAnotherAdmin_NorCanAnAdminDisableThemselves()
    {
        var (admin, _) = await factory.AdminClientAsync("perm-adminid");
        var adminId = await FindIdAsync(admin, "perm-adminid", "admin");
        var secondPassword = (await AuthWebApplicationFactory.PostFormAsync(admin, "/perm-adminid/admin/accounts/new", new Dictionary<string, string>
        {
            ["LoginId"] = "admin2",
            ["DisplayName"] = "第二管理者",
            ["Role.Role"] = "Admin",
            ["IssueInitialPassword"] = "true",
        })).Content.ReadAsStringAsync();
        var second = await SignInChangedAsync("perm-adminid", "admin2",
            System.Text.RegularExpressions.Regex.Match(await secondPassword, "data-testid=\"initial-password\">([^<]+)<").Groups[1].Value);

        var byOther = await AuthWebApplicationFactory.PostFormAsync(second, $"/perm-adminid/admin/accounts/{adminId}",
            new Dictionary<string, string> { ["action"] = "Disable" }, $"/perm-adminid/admin/accounts/{adminId}?handler=Action");
        var self = await AuthWebApplicationFactory.PostFormAsync(admin, $"/perm-adminid/admin/accounts/{adminId}",
            new Dictionary<string, string> { ["action"] = "Disable" }, $"/perm-adminid/admin/accounts/{adminId}?handler=Action");

        Assert.Contains("ADMIN ID は無効にできません", await byOther.Content.ReadAsStringAsync());
        Assert.Contains("自分自身のアカウントは無効にできません", await self.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminSeesAnotherAccountsLoginHistory_UserCannot()
    {
        var (admin, _) = await factory.AdminClientAsync("perm-history");
        var password = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "perm-history", "member", "メンバー");
        var user = await SignInChangedAsync("perm-history", "member", password);
        var adminId = await FindIdAsync(admin, "perm-history", "admin");
        var memberId = await FindIdAsync(admin, "perm-history", "member");

        var byAdmin = await admin.GetStringAsync($"/perm-history/admin/accounts/{memberId}/history");
        var byUser = await user.GetAsync($"/perm-history/admin/accounts/{adminId}/history");

        Assert.Contains("成功", byAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, byUser.StatusCode);
    }

    private async Task<HttpClient> SignInChangedAsync(string slug, string loginId, string initialPassword)
    {
        var client = factory.CreateClient();
        const string password = "my own long passphrase 2026";
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, slug, loginId, initialPassword, password);
        return client;
    }

    private static async Task<string> FindIdAsync(HttpClient admin, string slug, string loginId)
    {
        var html = await admin.GetStringAsync($"/{slug}/admin/accounts?q={loginId}&all=true");
        var match = System.Text.RegularExpressions.Regex.Match(html, $"href=\"/{slug}/admin/accounts/([0-9a-f-]{{36}})\">{loginId}<");
        Assert.True(match.Success, $"{loginId} not in the list");
        return match.Groups[1].Value;
    }
}
