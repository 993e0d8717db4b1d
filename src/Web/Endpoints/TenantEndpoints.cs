using Mediator;
using YearEndAdjustment.Application.Tenants.GetTenantHome;

namespace YearEndAdjustment.Web.Endpoints;

/// <summary>JSON endpoints of the Tenants module under <c>/api/{tenant}</c>; the tenant is resolved by middleware.</summary>
public static class TenantEndpoints
{
    public static IEndpointRouteBuilder MapTenantEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/{tenant}").WithTags("Tenants");
        group.MapGet("/home", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetTenantHomeQuery(), cancellationToken)));
        return app;
    }
}
