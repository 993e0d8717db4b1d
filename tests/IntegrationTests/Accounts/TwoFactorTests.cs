using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.IntegrationTests.Support;
using YearEndAdjustment.Web.Rendering;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>TOTP: setup with a confirming code, sign-in with a second factor, no code twice, recovery codes once.</summary>
public sealed partial class TwoFactorTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task EnableTwoFactor_ThenSignInNeedsACode_AndACodeWorksOnlyOnce()
    {
        var (client, password) = await factory.AdminClientAsync("totp");
        var (secret, recoveryCodes) = await EnableAsync(client, "totp");
        var step = Totp.StepAt(DateTime.UtcNow) + 1;
        var code = Totp.Code(secret, step);

        var browser = factory.CreateClient();
        var afterPassword = await AuthWebApplicationFactory.SignInAsync(browser, "totp", "admin", password);
        var notYet = await browser.GetAsync("/totp/account/history");
        var signedIn = await SubmitCodeAsync(browser, "totp", code);

        var second = factory.CreateClient();
        await AuthWebApplicationFactory.SignInAsync(second, "totp", "admin", password);
        var replay = await SubmitCodeAsync(second, "totp", code);
        var recovery = await SubmitCodeAsync(second, "totp", recoveryCodes[0]);

        var third = factory.CreateClient();
        await AuthWebApplicationFactory.SignInAsync(third, "totp", "admin", password);
        var recoveryAgain = await SubmitCodeAsync(third, "totp", recoveryCodes[0]);

        Assert.Equal("/totp/login/two-factor", afterPassword.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/totp/login", notYet.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/totp/", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("既に使われています", await replay.Content.ReadAsStringAsync());
        Assert.Equal("/totp/", recovery.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("既に使われています", await recoveryAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CodeStep_WithoutPasswordStep_IsNotReachable()
    {
        await factory.CreateTenantAsync("totp-direct");
        var client = factory.CreateClient();

        var response = await client.GetAsync("/totp-direct/login/two-factor");

        Assert.Equal("/totp-direct/login", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task TenantRequiringTwoFactorForAdmins_SendsAdminToSetupFirst()
    {
        var (client, _) = await factory.AdminClientAsync("totp-required");
        await AuthWebApplicationFactory.PostFormAsync(client, "/totp-required/admin/settings/security", new Dictionary<string, string>
        {
            ["LockoutThreshold"] = "10",
            ["LockoutMinutes"] = "15",
            ["IdleTimeoutMinutes"] = "30",
            ["RequireTwoFactorForAdmins"] = "true",
        });

        var home = await client.GetAsync("/totp-required/admin/accounts");
        await EnableAsync(client, "totp-required");
        var afterSetup = await client.GetAsync("/totp-required/admin/accounts");

        Assert.Equal("/totp-required/account/two-factor", home.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/totp-required/admin/accounts", afterSetup.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task WrongConfirmationCode_KeepsTheSameKey_AndDoesNotEnable()
    {
        var (client, _) = await factory.AdminClientAsync("totp-wrong");
        var begun = await AuthWebApplicationFactory.PostFormAsync(client, "/totp-wrong/account/two-factor", new Dictionary<string, string>(), "/totp-wrong/account/two-factor?handler=Begin");
        var key = SecretPattern().Match(await begun.Content.ReadAsStringAsync()).Groups[1].Value;

        var wrong = await AuthWebApplicationFactory.PostFormAsync(client, "/totp-wrong/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" }, "/totp-wrong/account/two-factor?handler=Confirm");
        var html = await wrong.Content.ReadAsStringAsync();

        Assert.Contains("確認コードが正しくありません", html);
        Assert.Equal(key, SecretPattern().Match(html).Groups[1].Value);
        Assert.Contains("設定を始める", await client.GetStringAsync("/totp-wrong/account/two-factor"));
    }

    [Fact]
    public async Task SetupPage_ShowsTheKeyUriAsAnAccessibleSvgQrCode_CarryingOnlyIssuerLoginIdAndSecret()
    {
        var (client, _) = await factory.AdminClientAsync("totp-qr");

        var begun = await AuthWebApplicationFactory.PostFormAsync(client, "/totp-qr/account/two-factor", new Dictionary<string, string>(), "/totp-qr/account/two-factor?handler=Begin");
        var html = await begun.Content.ReadAsStringAsync();
        var key = SecretPattern().Match(html).Groups[1].Value;
        var uri = WebUtility.HtmlDecode(UriPattern().Match(html).Groups[1].Value);
        var svg = QrPattern().Match(html).Value;
        var parsed = new Uri(uri);
        var query = HttpUtility.ParseQueryString(parsed.Query);

        Assert.Matches("^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$", key);
        Assert.Equal(("otpauth", "totp"), (parsed.Scheme, parsed.Host));
        Assert.Equal("年末調整クラウド (totp-qr):admin", Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/')));
        Assert.DoesNotContain(' ', uri);
        Assert.Equal("secret issuer algorithm digits period", string.Join(" ", query.AllKeys));
        Assert.Equal(key.Replace(" ", "", StringComparison.Ordinal), query["secret"]);
        Assert.Equal("年末調整クラウド (totp-qr)", query["issuer"]);

        // The page's QR is exactly what QRCoder draws for this URI, named for screen readers, and carries no style
        // attribute (the CSP has no 'unsafe-inline' for styles) and no script.
        Assert.Equal(QrCodeSvg.Render(uri, "2段階認証の設定用QRコード。認証アプリで読み取ります。").Value, svg);
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("<title>2段階認証の設定用QRコード", svg);
        Assert.DoesNotContain("style", svg);
        Assert.DoesNotContain("<script", svg);
        Assert.DoesNotContain("unsafe-inline", string.Join(' ', begun.Headers.GetValues("Content-Security-Policy")));
    }

    private static async Task<(byte[] Secret, IReadOnlyList<string> RecoveryCodes)> EnableAsync(HttpClient client, string slug)
    {
        var begun = await AuthWebApplicationFactory.PostFormAsync(client, $"/{slug}/account/two-factor", new Dictionary<string, string>(), $"/{slug}/account/two-factor?handler=Begin");
        var key = SecretPattern().Match(await begun.Content.ReadAsStringAsync()).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(key), "No key on the setup page.");
        var secret = Totp.FromBase32(key);
        var confirmed = await AuthWebApplicationFactory.PostFormAsync(client, $"/{slug}/account/two-factor",
            new Dictionary<string, string> { ["Code"] = Totp.Code(secret, Totp.StepAt(DateTime.UtcNow)) }, $"/{slug}/account/two-factor?handler=Confirm");
        var html = await confirmed.Content.ReadAsStringAsync();
        var codes = RecoveryPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        return (secret, codes);
    }

    private static async Task<HttpResponseMessage> SubmitCodeAsync(HttpClient client, string slug, string code)
    {
        var page = await client.GetStringAsync($"/{slug}/login/two-factor");
        return await client.PostAsync($"/{slug}/login/two-factor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
    }

    [GeneratedRegex("data-testid=\"totp-secret\">([A-Z2-7 ]+)<")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("<code class=\"uri\">([^<]+)</code>")]
    private static partial Regex UriPattern();

    [GeneratedRegex("<svg [^>]*class=\"qr-code\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex QrPattern();

    [GeneratedRegex("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>")]
    private static partial Regex RecoveryPattern();
}
