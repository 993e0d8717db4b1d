using Mediator;
using Microsoft.Extensions.Caching.Memory;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.GetServingTenant;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Web.Tenancy;

/// <summary>
/// Resolves the tenant once per request from the URL (R-01, ADR 0007). Pages: <c>/{tenant}/rest</c> becomes
/// PathBase <c>/{tenant}</c> + Path <c>/rest</c>, so pages, links and cookies are naturally scoped to the tenant.
/// JSON: <c>/api/{tenant}/rest</c> keeps its path (the routes carry <c>{tenant}</c>). A segment shaped like a
/// slug that names no tenant answers 404, an ended one the closed page (410); reserved words (health, css, …) are site-wide paths.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, IMemoryCache cache, TimeProvider clock, TenantClosedPage closedPage)
{
    public const string ApiPrefix = "api";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a slug that names no tenant is answered 404 without asking the database again: a flood of made-up
    /// slugs costs no query each, and a tenant provisioned meanwhile serves within this bound.
    /// </summary>
    public static readonly TimeSpan MissingFor = TimeSpan.FromSeconds(5);

    /// <summary>At most this many missing slugs are kept (then the set starts again), whatever the flood.</summary>
    public const int MissingKept = 10_000;

    private readonly Caching.KeptEntries<bool> _missing = new(MissingKept, MissingFor, clock);

    public async Task InvokeAsync(HttpContext context, ISender sender, ITenantContext tenantContext)
    {
        var path = context.Request.Path.Value ?? "/";
        var (first, rest) = Split(path);
        var isApi = first == ApiPrefix;
        var candidate = isApi ? Split(rest).First : first;

        if (candidate.Length == 0 || TenantSlug.Check(candidate) is not null)
        {
            await next(context);
            return;
        }

        var tenant = await ResolveAsync(candidate, sender, context.RequestAborted);
        if (tenant is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!tenant.ServesOn(JapanTime.DateOf(clock.GetUtcNow().UtcDateTime)))
        {
            // on and after the end date sign-in (and every other page) is refused with a page that says why.
            await closedPage.WriteAsync(context, tenant.EndDate);
            return;
        }

        tenantContext.Enter(new TenantId(tenant.Id), tenant.Slug, tenant.DisplayName);
        if (isApi)
        {
            await next(context);
            return;
        }

        var originalBase = context.Request.PathBase;
        var originalPath = context.Request.Path;
        context.Request.PathBase = originalBase.Add(new PathString("/" + candidate));
        context.Request.Path = rest.Length == 0 ? PathString.Empty : new PathString(rest);
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.PathBase = originalBase;
            context.Request.Path = originalPath;
        }
    }

    private async Task<ServingTenantDto?> ResolveAsync(string slug, ISender sender, CancellationToken cancellationToken)
    {
        // Only open tenants are cached, briefly (ADR 0007, 0028): the cached last day is checked on every request, so a
        // contract ending by date closes the site on the very next request; an operator's change arrives within CacheFor.
        if (cache.TryGetValue(CacheKey(slug), out ServingTenantDto? cached) && cached is not null)
        {
            return cached;
        }

        if (_missing.TryGet(slug, out _))
        {
            return null;
        }

        var tenant = await sender.Send(new GetServingTenantQuery(slug), cancellationToken);
        if (tenant is { Closed: false })
        {
            cache.Set(CacheKey(slug), tenant, CacheFor);
        }
        else if (tenant is null)
        {
            _missing.Set(slug, true);
        }

        return tenant;
    }

    private static string CacheKey(string slug) => "tenant:" + slug;

    /// <summary>Splits "/a/b/c" into ("a", "/b/c"); "/a" into ("a", "").</summary>
    private static (string First, string Remainder) Split(string path)
    {
        var trimmed = path.StartsWith('/') ? path[1..] : path;
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (trimmed, "") : (trimmed[..slash], trimmed[slash..]);
    }
}
