using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>
/// Adds, behind the app's own pipeline, a path that fails with an exception whose text looks like personal data,
/// to prove the error handling shows none of it.
/// </summary>
public sealed class ThrowingEndpointFactory : YeaWebApplicationFactory
{
    public const string SecretInException = "マイナンバー123456789018 SELECT * FROM Accounts";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingStartupFilter>());
    }

    private sealed class ThrowingStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (context.Request.Path.Value?.EndsWith("/boom", StringComparison.Ordinal) == true)
                {
                    throw new InvalidOperationException(SecretInException);
                }

                await nextMiddleware(context);
            });
        };
    }
}
