using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Infrastructure.Security;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>
/// The real host with mail captured, the hasher counted, and a test-only way to choose the TCP peer address
/// (header X-Test-Peer) so IP allow-list and forwarded-header rules can be exercised.
/// </summary>
public partial class AuthWebApplicationFactory : YeaWebApplicationFactory
{
    public const string PeerHeader = "X-Test-Peer";

    public CapturingEmailSender Mail { get; } = new();

    public CountingPasswordHasher Hasher => Services.GetRequiredService<CountingPasswordHasher>();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["SignIn:PerIp:PermitLimit"] = "1000",
        ["SignIn:PerAccount:AttemptsPerWindow"] = "1000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(Mail);
            services.AddSingleton(sp => new CountingPasswordHasher(
                ActivatorUtilities.CreateInstance<Pbkdf2PasswordHasher>(sp)));
            services.RemoveAll<IPasswordHasher>();
            services.AddSingleton<IPasswordHasher>(sp => sp.GetRequiredService<CountingPasswordHasher>());
            services.AddTransient<IStartupFilter, PeerAddressStartupFilter>();
        });
    }

    /// <summary>Signs in through the real login form; returns the final response (redirects followed).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string slug, string loginId, string password)
    {
        var page = await client.GetStringAsync($"/{slug}/login");
        return await client.PostAsync($"/{slug}/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginId"] = loginId,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
    }

    /// <summary>Posts a form of the page at <paramref name="pagePath"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, IDictionary<string, string> fields, string? postPath = null)
    {
        var page = await client.GetStringAsync(pagePath);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page) };
        return await client.PostAsync(postPath ?? pagePath, new FormUrlEncodedContent(form));
    }

    /// <summary>Opens a tenant and signs its ADMIN in, changing the initial password; returns the signed-in client.</summary>
    public async Task<(HttpClient Client, string Password)> AdminClientAsync(string slug)
    {
        var tenant = await CreateTenantAsync(slug);
        var client = CreateClient();
        const string newPassword = "correct horse battery staple 42";
        await SignInChangingPasswordAsync(client, slug, "admin", tenant.InitialPassword, newPassword);
        return (client, newPassword);
    }

    /// <summary>Signs in with an issued initial password and replaces it, as the forced first step demands.</summary>
    public static async Task SignInChangingPasswordAsync(HttpClient client, string slug, string loginId, string initialPassword, string newPassword)
    {
        await SignInAsync(client, slug, loginId, initialPassword);
        var changed = await PostFormAsync(client, $"/{slug}/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = initialPassword,
            ["NewPassword"] = newPassword,
            ["NewPasswordConfirmation"] = newPassword,
        });
        changed.EnsureSuccessStatusCode();
        Assert.Contains("パスワードを変更しました", await changed.Content.ReadAsStringAsync());
    }

    /// <summary>Creates a general user with an issued initial password through the admin screen; returns that password.</summary>
    public static async Task<string> CreateUserWithPasswordAsync(HttpClient admin, string slug, string loginId, string name, string? email = null)
    {
        var response = await PostFormAsync(admin, $"/{slug}/admin/accounts/new", new Dictionary<string, string>
        {
            ["LoginId"] = loginId,
            ["DisplayName"] = name,
            ["Email"] = email ?? "",
            ["Role.Role"] = "General",
            ["IssueInitialPassword"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync();
        var match = InitialPasswordPattern().Match(html);
        Assert.True(match.Success, "No initial password on the page: " + html[..Math.Min(html.Length, 500)]);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("data-testid=\"initial-password\">([^<]+)<")]
    private static partial Regex InitialPasswordPattern();

    private sealed class PeerAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? "127.0.0.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
