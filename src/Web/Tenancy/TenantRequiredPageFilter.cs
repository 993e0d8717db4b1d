using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Web.Tenancy;

/// <summary>Refuses tenant pages reached without a tenant segment (e.g. <c>/login</c> instead of <c>/{tenant}/login</c>).</summary>
public sealed class TenantRequiredPageFilter(ITenantContext tenantContext) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var required = context.HandlerInstance.GetType().IsDefined(typeof(TenantRequiredAttribute), inherit: true);
        if (required && tenantContext.TenantId is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
