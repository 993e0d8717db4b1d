using System.Net;
using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.GetIpAllowList;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// when a tenant has an allow-list, every request of that tenant from another address — the sign-in page
/// included — is refused with 403. The client address is the connection's, or the forwarded one only when the
/// immediate peer is a configured trusted proxy (ForwardedHeaders runs first).
/// </summary>
public sealed class IpAllowListMiddleware(RequestDelegate next)
{
    public const string RefusedItem = "yea:ip-refused";
    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext, ISender sender)
    {
        // The error page re-executed for a refusal must itself get through, or the user sees a blank 403.
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (tenantContext.TenantId is null || reExecuted)
        {
            await next(context);
            return;
        }

        // A version-checked snapshot (ADR 0028): a list saved on any node applies to the very next request.
        var networks = await sender.Send(new GetIpAllowListQuery(), context.RequestAborted);

        var client = context.Connection.RemoteIpAddress;
        if (networks.Count == 0 || (client is not null && networks.Any(n => n.Contains(client))))
        {
            await next(context);
            return;
        }

        context.Items[RefusedItem] = client is null ? "" : IpAllowListEntry.Normalize(client).ToString();
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    public static string? RefusedAddress(HttpContext context) => context.Items[RefusedItem] as string;

    public static IPAddress? Normalize(IPAddress? address) => address is null ? null : IpAllowListEntry.Normalize(address);
}
