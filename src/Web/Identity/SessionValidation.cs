using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.ValidateSession;

namespace YearEndAdjustment.Web.Identity;

/// <summary>
/// Every authenticated request re-checks its server-side session (R-11: a disabled account's or a signed-out
/// session's cookie stops working at once) and that the cookie belongs to the tenant in the URL.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<ITenantContext>().TenantId;
        var principal = context.Principal;
        if (tenant is null || principal is null
            || !Guid.TryParse(principal.FindFirst(ClaimNames.Tenant)?.Value, out var tenantId) || tenantId != tenant.Value.Value
            || !Guid.TryParse(principal.FindFirst(ClaimNames.Session)?.Value, out var sessionId)
            || !Guid.TryParse(principal.FindFirst(ClaimNames.Account)?.Value, out var accountId))
        {
            await RejectAsync(context);
            return;
        }

        var state = await services.GetRequiredService<ISender>().Send(new ValidateSessionCommand(sessionId, accountId), context.HttpContext.RequestAborted);
        if (state is null)
        {
            await RejectAsync(context);
            return;
        }

        context.ReplacePrincipal(ClaimsFactory.FromState(state, tenantId));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(AuthConstants.Scheme);
    }
}
