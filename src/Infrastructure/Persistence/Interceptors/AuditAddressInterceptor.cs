using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Infrastructure.Persistence.Interceptors;

/// <summary>
/// R-21 "from which address": every audit row added in a request gets the request's client address on save, so no
/// use case has to pass it along (and none can forget to).
/// </summary>
internal sealed class AuditAddressInterceptor(IClientAddress clientAddress) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null || clientAddress.Current is not { } address)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.StampClientAddress(address);
            }
        }
    }
}
