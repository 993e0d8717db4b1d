using System.Net;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>R-13, R-16 to R-18 through the real login form.</summary>
public abstract class SignInTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AuthWebApplicationFactory
{
    private const string FailureText = "ログインIDまたはパスワードが正しくありません";

    [Fact]
    public async Task SignIn_WithInitialPassword_ForcesPasswordChangeBeforeAnythingElse()
    {
        var tenant = await factory.CreateTenantAsync("force-change");
        var client = factory.CreateClient();

        await AuthWebApplicationFactory.SignInAsync(client, "force-change", "admin", tenant.InitialPassword);
        var home = await client.GetAsync("/force-change/");
        var admin = await client.GetAsync("/force-change/admin/accounts");
        var api = await client.GetAsync("/api/force-change/home");

        Assert.Equal("/force-change/account/password", home.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("パスワードの変更が必要です", await home.Content.ReadAsStringAsync());
        Assert.Equal("/force-change/account/password", admin.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("password_change_required", await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChangePassword_ThenEverythingIsReachable_AndOldPasswordNoLongerWorks()
    {
        var tenant = await factory.CreateTenantAsync("after-change");
        var (client, newPassword) = await SignInAndChangeAsync("after-change", tenant.InitialPassword);

        var home = await client.GetStringAsync("/after-change/");
        var stranger = factory.CreateClient();
        var oldPassword = await AuthWebApplicationFactory.SignInAsync(stranger, "after-change", "admin", tenant.InitialPassword);
        var fresh = factory.CreateClient();
        var newOne = await AuthWebApplicationFactory.SignInAsync(fresh, "after-change", "admin", newPassword);

        Assert.Contains("としてログインしています", home);
        Assert.Contains(FailureText, await oldPassword.Content.ReadAsStringAsync());
        Assert.Equal("/after-change/", newOne.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("short pass", "12 文字以上")]
    [InlineData("password1234", "よく使われて")]
    [InlineData("aaaaaaaaaaaaaaaa", "同じ文字だけ")]
    [InlineData("ADMIN", "12 文字以上")]
    public async Task ChangePassword_WeakPassword_IsRefusedWithReason(string weak, string reason)
    {
        var slug = "weak-" + Math.Abs(weak.GetHashCode() % 100000);
        var tenant = await factory.CreateTenantAsync(slug);
        var client = factory.CreateClient();
        await AuthWebApplicationFactory.SignInAsync(client, slug, "admin", tenant.InitialPassword);

        var response = await AuthWebApplicationFactory.PostFormAsync(client, $"/{slug}/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = tenant.InitialPassword,
            ["NewPassword"] = weak,
            ["NewPasswordConfirmation"] = weak,
        });

        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Equal("/" + slug + "/account/password", (await client.GetAsync($"/{slug}/")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task ChangePassword_SameAsCurrent_IsRefused()
    {
        var tenant = await factory.CreateTenantAsync("same-pw");
        var (client, current) = await SignInAndChangeAsync("same-pw", tenant.InitialPassword);

        var response = await AuthWebApplicationFactory.PostFormAsync(client, "/same-pw/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = current,
            ["NewPasswordConfirmation"] = current,
        });

        Assert.Contains("現在のパスワードと違うもの", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WrongPasswordAndUnknownLoginId_GetTheSameAnswer_AndBothComputeOneHash()
    {
        await factory.CreateTenantAsync("same-answer");
        var client = factory.CreateClient();

        var before = factory.Hasher.Verifies;
        var wrong = await (await AuthWebApplicationFactory.SignInAsync(client, "same-answer", "admin", "not the password at all")).Content.ReadAsStringAsync();
        var afterWrong = factory.Hasher.Verifies;
        var unknown = await (await AuthWebApplicationFactory.SignInAsync(client, "same-answer", "nobody-here", "not the password at all")).Content.ReadAsStringAsync();
        var afterUnknown = factory.Hasher.Verifies;

        Assert.Contains(FailureText, wrong);
        Assert.Contains(FailureText, unknown);
        Assert.Equal(1, afterWrong - before);
        Assert.Equal(1, afterUnknown - afterWrong);
        Assert.Equal(Strip(wrong), Strip(unknown));
    }

    [Fact]
    public async Task LoginIdOfAnotherTenant_NeverSignsIn()
    {
        var other = await factory.CreateTenantAsync("other-co");
        await factory.CreateTenantAsync("this-co");

        var response = await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "this-co", "admin", other.InitialPassword);

        Assert.Contains(FailureText, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CookieOfOneTenant_IsNotASessionInAnother()
    {
        var a = await factory.CreateTenantAsync("cookie-a");
        await factory.CreateTenantAsync("cookie-b");
        var client = factory.CreateClient();
        await AuthWebApplicationFactory.SignInAsync(client, "cookie-a", "admin", a.InitialPassword);

        var inB = await client.GetAsync("/cookie-b/account/history");

        Assert.Equal("/cookie-b/login", inB.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task TenConsecutiveFailures_LockTheAccount_UntilAnAdminUnlocks()
    {
        var (admin, _) = await factory.AdminClientAsync("lockout");
        var userPassword = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "lockout", "taro", "山田太郎");
        var client = factory.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            await AuthWebApplicationFactory.SignInAsync(client, "lockout", "taro", "wrong password " + i);
        }

        var hashesBefore = factory.Hasher.Verifies;
        var locked = await AuthWebApplicationFactory.SignInAsync(client, "lockout", "taro", userPassword);
        var hashesWhileLocked = factory.Hasher.Verifies - hashesBefore;
        var id = await AccountIdAsync("lockout", "taro");
        await AuthWebApplicationFactory.PostFormAsync(admin, $"/lockout/admin/accounts/{id}", new Dictionary<string, string> { ["action"] = "Unlock" }, $"/lockout/admin/accounts/{id}?handler=Action");
        var unlocked = await AuthWebApplicationFactory.SignInAsync(client, "lockout", "taro", userPassword);

        Assert.Contains(FailureText, await locked.Content.ReadAsStringAsync());
        Assert.Equal(0, hashesWhileLocked);
        Assert.Equal("/lockout/account/password", unlocked.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsLiveSession_AndRefusesSignIn()
    {
        var (admin, _) = await factory.AdminClientAsync("leaver");
        var password = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "leaver", "hanako", "佐藤花子");
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInAsync(user, "leaver", "hanako", password);
        var before = await user.GetAsync("/leaver/account/password");
        var id = await AccountIdAsync("leaver", "hanako");

        var disabled = await AuthWebApplicationFactory.PostFormAsync(admin, $"/leaver/admin/accounts/{id}", new Dictionary<string, string> { ["action"] = "Disable" }, $"/leaver/admin/accounts/{id}?handler=Action");
        var after = await user.GetAsync("/leaver/account/password");
        var again = await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "leaver", "hanako", password);

        Assert.Equal("/leaver/account/password", before.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("無効にしました", await disabled.Content.ReadAsStringAsync());
        Assert.Equal("/leaver/login", after.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(FailureText, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_EvenForACopiedCookie()
    {
        var tenant = await factory.CreateTenantAsync("sign-out");
        var jar = new CookieContainer();
        var client = factory.CreateClientWithJar(jar);
        await AuthWebApplicationFactory.SignInAsync(client, "sign-out", "admin", tenant.InitialPassword);
        var copied = jar.GetCookieHeader(YeaWebApplicationFactory.BaseAddress);

        var page = await client.GetStringAsync("/sign-out/account/password");
        await client.PostAsync("/sign-out/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page) }));
        var replay = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = YeaWebApplicationFactory.BaseAddress,
        });
        var request = new HttpRequestMessage(HttpMethod.Get, "/sign-out/account/history");
        request.Headers.Add("Cookie", copied);
        var response = await replay.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-out/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginHistory_ShowsOwnAttempts_WithResult()
    {
        var tenant = await factory.CreateTenantAsync("history");
        await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "history", "admin", "a wrong password here");
        var (client, _) = await SignInAndChangeAsync("history", tenant.InitialPassword);

        var html = await client.GetStringAsync("/history/account/history");

        Assert.Contains("パスワード誤り", html);
        Assert.Contains("成功", html);
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_IsRejectedAndSignsNobodyIn()
    {
        var tenant = await factory.CreateTenantAsync("no-token");
        var client = factory.CreateClient();

        var response = await client.PostAsync("/no-token/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginId"] = "admin",
            ["Password"] = tenant.InitialPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/no-token/login", (await client.GetAsync("/no-token/account/history")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task SignInCookie_IsSecureHttpOnlyLaxAndHostBound()
    {
        var tenant = await factory.CreateTenantAsync("cookie-flags");
        var client = factory.CreateNonRedirectingClient();
        var page = await client.GetStringAsync("/cookie-flags/login");

        var response = await client.PostAsync("/cookie-flags/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginId"] = "admin",
            ["Password"] = tenant.InitialPassword,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-yea.cookie-flags=", StringComparison.Ordinal));

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        await factory.CreateTenantAsync("headers");

        var response = await factory.CreateClient().GetAsync("/headers/login");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    private async Task<(HttpClient Client, string Password)> SignInAndChangeAsync(string slug, string initialPassword)
    {
        var client = factory.CreateClient();
        const string newPassword = "a long and memorable sentence 2026";
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, slug, "admin", initialPassword, newPassword);
        return (client, newPassword);
    }

    private async Task<Guid> AccountIdAsync(string slug, string loginId)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.SingleAsync(t => t.Slug == Domain.Tenants.TenantSlug.Create(slug));
        var id = LoginId.Create(loginId);
        return (await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant.Id && a.LoginId == id)).Id.Value;
    }

    private static string Strip(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "value=\"[^\"]*\"", "");
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class SignInTests(AuthWebApplicationFactory factory) : SignInTests<AuthWebApplicationFactory>(factory);

/// <summary>The same tests on PostgreSQL (ADR 0045).</summary>
public sealed class SignInTestsOnPostgreSql(PostgreSqlAuthWebApplicationFactory factory) : SignInTests<PostgreSqlAuthWebApplicationFactory>(factory);
