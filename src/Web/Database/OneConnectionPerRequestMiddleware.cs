using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;

namespace YearEndAdjustment.Web.Database;

/// <summary>
/// ADR 0053, 0063: a tenant request opens its database connection at most once and keeps it until the scope disposes
/// the context. Left to itself EF Core opens and closes the connection around every query, and a page runs several;
/// each open and close of a pooled SQLite connection takes a process-wide lock and registers and removes EF's SQL
/// functions. The connection is opened by the first statement, not here: a page whose reads all come from the node's
/// caches (and the per-request check, which has its own reader) opens none.
/// </summary>
public sealed class OneConnectionPerRequestMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ITenantContext tenantContext, ScopeConnection connection)
    {
        if (tenantContext.TenantId is not null)
        {
            connection.KeepOpen = true;
        }

        return next(context);
    }
}
