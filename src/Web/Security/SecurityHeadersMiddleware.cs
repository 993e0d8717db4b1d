namespace YearEndAdjustment.Web.Security;

/// <summary>
/// R-32 headers on every response: a CSP without inline script, no framing (clickjacking), no MIME sniffing, a
/// referrer policy that never leaks tokens in URLs, and no caching of pages (they carry personal data).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Set in <see cref="HttpContext.Items"/> by a response that the app's own pages show in a frame (the reviewer's
    /// inline preview of an attachment): framing is then allowed from the same origin only.
    /// </summary>
    public const string SameOriginFramingKey = "yea.same-origin-framing";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var framed = context.Items.ContainsKey(SameOriginFramingKey);
            headers.ContentSecurityPolicy = framed ? ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal) : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = framed ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            var type = context.Response.ContentType;
            if (type is null || type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
