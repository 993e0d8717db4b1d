using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Web.Tenancy;

/// <summary>The endpoint twin of <see cref="TenantRequiredPageFilter"/>: a tenant route reached without a tenant segment is 404.</summary>
public sealed class TenantRequiredEndpointFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().TenantId is null
            ? ValueTask.FromResult<object?>(Results.NotFound())
            : next(context);
    }
}
