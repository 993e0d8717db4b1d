using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.ErrorHandling;

/// <summary>A wrong id is an expected outcome: one warning without a stack trace, never an error.</summary>
public sealed class ExpectedOutcomeLoggingTests(ExpectedOutcomeLoggingTests.Factory factory) : IClassFixture<ExpectedOutcomeLoggingTests.Factory>
{
    [Fact]
    public async Task UnknownEmployeeId_Answers404_LoggedAsWarningWithoutTrace()
    {
        var (admin, _) = await factory.AdminClientAsync("log-not-found");
        var before = factory.Logs.Entries.Count;

        var response = await admin.GetAsync($"/log-not-found/admin/employees/{Guid.NewGuid()}");
        var logged = factory.Logs.Entries.Skip(before).ToList();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(logged, e => e.Exception is not null);
        Assert.Contains(logged, e => e.Level == LogLevel.Warning && e.Message.Contains("NotFoundException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnexpectedException_IsStillAnErrorWithTrace()
    {
        var before = factory.Logs.Entries.Count;

        var response = await factory.CreateClient().GetAsync("/demo/boom");
        var logged = factory.Logs.Entries.Skip(before).ToList();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(logged, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }

    public sealed class Factory : AuthWebApplicationFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, BoomStartupFilter>());
        }
    }

    private sealed class BoomStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path.Value?.EndsWith("/boom", StringComparison.Ordinal) == true
                    ? throw new InvalidOperationException("boom")
                    : nextMiddleware(context));
        };
    }
}
