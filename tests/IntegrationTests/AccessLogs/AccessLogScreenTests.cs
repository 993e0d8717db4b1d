using System.Net;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.AccessLogs;

/// <summary>R-20: admins search their own tenant's access log; other tenants' rows never appear; users cannot look.</summary>
public sealed class AccessLogScreenTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task Admin_SearchesByPathAndLoginId_SeesOnlyOwnTenant()
    {
        var (admin, _) = await factory.AdminClientAsync("log-screen");
        var (other, _) = await factory.AdminClientAsync("log-other");
        await admin.GetAsync("/log-screen/account/history?token=secret-value");
        await other.GetAsync("/log-other/account/history");
        await factory.FlushAccessLogAsync();

        var html = await admin.GetStringAsync("/log-screen/admin/access-log?path=/account/history&login=admin");
        var none = await admin.GetStringAsync("/log-screen/admin/access-log?login=nobody");

        Assert.Contains("GET /log-screen/account/history", html);
        Assert.DoesNotContain("/log-other/", html);
        Assert.DoesNotContain("secret-value", html);
        Assert.Contains("0 件", none);
    }

    [Fact]
    public async Task GeneralUser_CannotOpenTheAccessLog()
    {
        var (admin, _) = await factory.AdminClientAsync("log-general");
        var password = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "log-general", "member", "メンバー");
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, "log-general", "member", password, "member's own passphrase 1");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/log-general/admin/access-log")).StatusCode);
    }
}
