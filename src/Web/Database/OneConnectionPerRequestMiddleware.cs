using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Web.Database;

/// <summary>
/// ADR 0053: a tenant request opens the request's database connection once and keeps it until the scope disposes the
/// context. Left to itself EF Core opens and closes the connection around every query, and a page runs four to six of
/// them (settings version, session, notices, the page's own); each open and close of a pooled SQLite connection takes a
/// process-wide lock (its pool semaphore), which the profile showed as a quarter of a page's time under load. A
/// server database's pooled open is cheaper, but one open per request costs it nothing either.
/// </summary>
public sealed class OneConnectionPerRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext)
    {
        if (tenantContext.TenantId is not null)
        {
            // Closed by the context's return to the pool when the request's scope ends.
            await context.RequestServices.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(context.RequestAborted);
        }

        await next(context);
    }
}
