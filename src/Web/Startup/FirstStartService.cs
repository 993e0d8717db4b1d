using Mediator;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Application.Tenants.ListTenants;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.Web.Startup;

/// <summary>
/// Runs before the server accepts requests: applies migrations (so a fresh machine needs no extra step) and, on
/// the very first start with no tenant at all, opens the <c>demo</c> tenant and prints its opening notice.
/// </summary>
internal sealed class FirstStartService(
    IServiceProvider services,
    IConfiguration configuration,
    IOptions<SiteOptions> site,
    TextWriter? console = null) : IHostedService
{
    public const string DemoSlug = "demo";
    public const string DemoName = "デモ株式会社";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await services.MigrateDatabaseAsync(cancellationToken);
        }

        if (!configuration.GetValue("Demo:CreateOnFirstStart", true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        if ((await sender.Send(new ListTenantsQuery(), cancellationToken)).Count > 0)
        {
            return;
        }

        var demo = await sender.Send(new CreateTenantCommand(DemoSlug, DemoName), cancellationToken);
        var output = console ?? Console.Out;
        await output.WriteLineAsync("初回起動のため、デモ用テナントを作成しました。 / First start: a demo tenant was created.");
        await output.WriteLineAsync(OpeningNotice.Format(demo, site.Value.PublicBaseUrl));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
