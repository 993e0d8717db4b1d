using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Operations;

/// <summary>
/// The switch in the database, read at most once per <see cref="IMaintenanceMode.MaxStaleness"/> per node: every
/// node follows the operator within that bound, and a busy site pays one small read every two seconds, not one per
/// request. A switch whose time is up reads as off.
/// </summary>
internal sealed class DatabaseMaintenanceMode(IServiceScopeFactory scopes, TimeProvider clock) : IMaintenanceMode
{
    private (MaintenanceState State, DateTime ReadAtUtc)? _copy;

    public async ValueTask<MaintenanceState> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_copy is not { } copy || now - copy.ReadAtUtc >= IMaintenanceMode.MaxStaleness || now < copy.ReadAtUtc)
        {
            copy = (await ReadAsync(cancellationToken), now);
            _copy = copy;
        }

        return copy.State is { IsOn: true, UntilUtc: { } until } && until <= now ? MaintenanceState.Off : copy.State;
    }

    public async Task SetAsync(MaintenanceState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<MaintenanceSwitch>().SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new MaintenanceSwitch();
            db.Add(row);
        }

        row.Set(state.IsOn, state.UntilUtc, state.Message, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        _copy = null;
    }

    private async Task<MaintenanceState> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<MaintenanceSwitch>().AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        return row is { IsOn: true } ? new MaintenanceState(true, row.UntilUtc, row.Message) : MaintenanceState.Off;
    }
}
