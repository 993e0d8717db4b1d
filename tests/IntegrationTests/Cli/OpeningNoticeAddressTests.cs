using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.IntegrationTests.Support;
using YearEndAdjustment.Web.Startup;

namespace YearEndAdjustment.IntegrationTests.Cli;

/// <summary>
/// The first start's opening notice and the links in mails point where the server really listens unless
/// Site:PublicBaseUrl is set: not a fixed http://localhost:5080.
/// </summary>
public sealed class OpeningNoticeAddressTests
{
    [Theory]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:80", "http://localhost")]
    [InlineData("http://+:5000;https://*:5001", "https://localhost:5001")]
    [InlineData("http://127.0.0.1:6000/", "http://127.0.0.1:6000")]
    [InlineData("", null)]
    public void FromAddresses_PrefersHttps_AndNamesWildcardsLocalhost(string addresses, string? expected)
    {
        Assert.Equal(expected, PublicBaseUrl.FromAddresses(addresses.Split(';', StringSplitOptions.RemoveEmptyEntries)));
    }

    public sealed class OnKestrel(KestrelFactory factory) : IClassFixture<KestrelFactory>
    {
        [Fact]
        public void FirstStart_NoticeAndMailLinks_UseTheAddressTheServerListensOn()
        {
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

            Assert.DoesNotContain(":5080", address);
            Assert.Contains($"URL                     : {address}/demo/", factory.Console.ToString());
            Assert.Equal($"{address}/demo/login", factory.Services.GetRequiredService<ISiteLinks>().TenantUrl("demo", "login"));
        }
    }

    public sealed class WithExplicitSetting(ExplicitFactory factory) : IClassFixture<ExplicitFactory>
    {
        [Fact]
        public void FirstStart_NoticeAndMailLinks_UseTheConfiguredAddress()
        {
            _ = factory.Services;

            Assert.Contains("URL                     : https://yea.example.jp/demo/", factory.Console.ToString());
            Assert.Equal("https://yea.example.jp/demo/login", factory.Services.GetRequiredService<ISiteLinks>().TenantUrl("demo", "login"));
        }
    }

    public class NoticeFactory : YeaWebApplicationFactory
    {
        public StringWriter Console { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TextWriter>(Console));
        }
    }

    public sealed class KestrelFactory : NoticeFactory
    {
        public KestrelFactory()
        {
            UseKestrel(0);
        }
    }

    public sealed class ExplicitFactory : NoticeFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = "https://yea.example.jp/" };
    }
}
