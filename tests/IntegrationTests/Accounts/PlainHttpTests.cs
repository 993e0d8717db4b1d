using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>
/// Production with Secure cookies reached over plain http and no trusted proxy: not an empty 500 from antiforgery but a
/// clear bilingual 400 (or a redirect when an https port is known), and one start-up warning about the setup.
/// </summary>
public sealed class PlainHttpTests
{
    private static readonly Uri Http = new("http://localhost");

    public sealed class WithoutHttpsEndpoint(HttpOnlyFactory factory) : IClassFixture<HttpOnlyFactory>
    {
        [Theory]
        [InlineData("/demo/login")]
        [InlineData("/demo/account/forgot-password")]
        public async Task FormPage_OverHttp_Answers400SayingHttpsIsNeeded_InBothLanguages(string path)
        {
            var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http }).GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("HTTPS で接続してください", html);
            Assert.Contains("Please connect over HTTPS", html);
        }

        [Fact]
        public async Task Health_OverHttp_StillAnswers()
        {
            var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http }).GetAsync("/health/live");

            Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        [Fact]
        public async Task Https_StillServesTheSignInPage()
        {
            var response = await factory.CreateClient().GetAsync("/demo/login");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public void StartUp_WarnsOnceAboutSecureCookiesWithoutHttps()
        {
            _ = factory.Services;

            var warnings = factory.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("Security:SecureCookies", StringComparison.Ordinal)).ToList();

            Assert.Single(warnings);
        }
    }

    public sealed class WithHttpsPort(HttpsPortFactory factory) : IClassFixture<HttpsPortFactory>
    {
        [Fact]
        public async Task Get_OverHttp_RedirectsToHttps()
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Http, AllowAutoRedirect = false });

            var response = await client.GetAsync("/demo/login?returnUrl=%2Fdemo%2F");

            Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
            Assert.Equal("https://localhost:8443/demo/login?returnUrl=%2Fdemo%2F", response.Headers.Location?.ToString());
        }

        [Fact]
        public void StartUp_DoesNotWarn()
        {
            _ = factory.Services;

            Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Contains("Security:SecureCookies", StringComparison.Ordinal));
        }
    }

    public class HttpOnlyFactory : YeaWebApplicationFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    public sealed class HttpsPortFactory : HttpOnlyFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["https_port"] = "8443" };
    }
}
