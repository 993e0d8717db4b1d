using System.Globalization;
using YearEndAdjustment.Infrastructure.Security;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// R-18 per address: endpoint metadata that sign-in, two-factor and reset pages carry (<c>[CredentialPostLimit]</c>),
/// so every route variant that reaches them (case, a trailing slash, a query string) is counted. One budget per client
/// IP across all of them; posts only, since showing the form costs nothing and must stay reachable.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CredentialPostLimitAttribute : Attribute;

/// <summary>
/// Enforces <see cref="CredentialPostLimitAttribute"/> after routing and before authentication, so a refused post is
/// answered 429 (with Retry-After) before any page handler or password hash runs. The budget is counted in the
/// database (ADR 0046): spreading the posts over several nodes gains nothing.
/// </summary>
internal sealed class CredentialPostLimitMiddleware(RequestDelegate next, CredentialBudget budget, IConfiguration configuration)
{
    private readonly int _permits = configuration.GetValue("SignIn:PerIp:PermitLimit", 20);
    private readonly TimeSpan _window = configuration.GetValue("SignIn:PerIp:Window", TimeSpan.FromMinutes(1));

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<CredentialPostLimitAttribute>() is not null
            && !await budget.TryTakeAsync("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _permits, _window, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = ((int)_window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return;
        }

        await next(context);
    }
}
