using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace YearEndAdjustment.Infrastructure.Persistence.Interceptors;

/// <summary>
/// ADR 0063: marks a scope (a tenant's web request) whose context keeps its connection from its first statement until
/// the scope ends. A page that needs no statement of its own (the per-request check has its own reader) opens nothing;
/// a page that runs several opens once (ADR 0053), as before.
/// </summary>
public sealed class ScopeConnection
{
    public bool KeepOpen { get; set; }
}

/// <summary>
/// When EF opens a marked scope's connection for a statement, one more open is counted on the context, so EF's close
/// after the statement leaves it open; the context's return to the pool closes it. The nested open finds the
/// connection already open and only counts, so it cannot recurse.
/// </summary>
internal sealed class ScopeConnectionInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Keep(eventData.Context);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Keep(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Keep(DbContext? context)
    {
        if (context is AppDbContext { ScopeConnection.KeepOpen: true } db)
        {
            db.Database.OpenConnection();
        }
    }
}
