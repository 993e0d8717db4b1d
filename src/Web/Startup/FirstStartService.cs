using Mediator;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Application.Tenants.ListTenants;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.Web.Startup;

/// <summary>
/// Runs before the server accepts requests: applies migrations (so a fresh machine needs no extra step) and, on
/// the very first start with no tenant at all, opens the <c>demo</c> tenant. Its opening notice is printed once the
/// server has started, so that its URL can be the address the server really listens on.
/// </summary>
internal sealed class FirstStartService(
    IServiceProvider services,
    IConfiguration configuration,
    PublicBaseUrl publicBaseUrl,
    TextWriter? console = null) : IHostedLifecycleService
{
    public const string DemoSlug = "demo";
    public const string DemoName = "デモ株式会社";

    private CreateTenantResult? _demo;

    /// <summary>
    /// Migrations in the starting phase, before any hosted service's start: Data Protection's own loads the key ring
    /// from the database (ADR 0046), and the key-ring check (registered after this) imports an old key folder into it.
    /// </summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await services.MigrateDatabaseAsync(cancellationToken);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
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

        _demo = await sender.Send(new CreateTenantCommand(DemoSlug, DemoName), cancellationToken);
    }

    /// <summary>After every hosted service has started, the server included: its addresses are known now.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (_demo is not { } demo)
        {
            return;
        }

        // Printed once and forgotten: the notice holds the initial password.
        _demo = null;
        var output = console ?? Console.Out;
        await output.WriteLineAsync("初回起動のため、デモ用テナントを作成しました。 / First start: a demo tenant was created.");
        await output.WriteLineAsync(OpeningNotice.Format(demo, publicBaseUrl.Value));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
