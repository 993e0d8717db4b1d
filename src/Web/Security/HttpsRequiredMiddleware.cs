using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Localization;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// With Secure cookies every form needs https: antiforgery refuses to set its cookie over http, which used to end as an
/// empty 500 on every page with a form. A plain-http request is sent to https when the https port is known (GET and
/// HEAD), otherwise answered with a page in Japanese and English saying so. Health probes stay reachable over http.
/// Runs after the forwarded headers, so a trusted proxy's X-Forwarded-Proto counts.
/// </summary>
public sealed class HttpsRequiredMiddleware(RequestDelegate next, HttpsEndpoint https, IStringLocalizer<SharedResource> localizer, HtmlEncoder encoder)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (https.Port is { } port && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            var host = port == 443 ? new HostString(request.Host.Host) : new HostString(request.Host.Host, port);
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = UriHelper.BuildAbsolute("https", host, request.PathBase, request.Path, request.QueryString);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page());
    }

    /// <summary>Both languages at once: the visitor's language is only known further down the pipeline.</summary>
    private string Page()
    {
        var (jaTitle, jaDetail) = Text("ja");
        var (enTitle, enDetail) = Text("en");
        return $"""
            <!DOCTYPE html>
            <html lang="ja">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{jaTitle} / {enTitle}</title></head>
            <body>
            <main role="alert">
            <h1>{jaTitle}</h1>
            <p>{jaDetail}</p>
            <h1 lang="en">{enTitle}</h1>
            <p lang="en">{enDetail}</p>
            </main>
            </body>
            </html>
            """;
    }

    private (string Title, string Detail) Text(string culture)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return (encoder.Encode(localizer["Error.HttpsRequired.Title"]), encoder.Encode(localizer["Error.HttpsRequired.Detail"]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
