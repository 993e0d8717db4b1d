using System.Security.Claims;
using YearEndAdjustment.Web.Identity;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// a signed-in user who must change an issued password reaches nothing but the password page (and sign-out);
/// likewise an admin whose tenant requires two-factor authentication reaches nothing but its setup page.
/// </summary>
public sealed class SecurityGateMiddleware(RequestDelegate next)
{
    public const string PasswordPath = "/account/password";
    public const string TwoFactorPath = "/account/two-factor";

    private static readonly string[] AlwaysOpen = ["/logout", "/error", "/culture", "/css/", "/js/", "/favicon"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return next(context);
        }

        var target = Gate(user);
        var path = context.Request.Path.Value ?? "/";
        if (target is null || path.StartsWith(target, StringComparison.OrdinalIgnoreCase) || AlwaysOpen.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsJsonAsync(new
            {
                title = target == PasswordPath ? "パスワードの変更が必要です。" : "2段階認証の設定が必要です。",
                status = 403,
                code = target == PasswordPath ? "password_change_required" : "two_factor_setup_required",
            }, context.RequestAborted);
        }

        context.Response.Redirect(context.Request.PathBase + target);
        return Task.CompletedTask;
    }

    private static string? Gate(ClaimsPrincipal user) =>
        user.HasClaim(ClaimNames.MustChangePassword, "true") ? PasswordPath
        : user.HasClaim(ClaimNames.MustSetUpTwoFactor, "true") ? TwoFactorPath
        : null;
}
