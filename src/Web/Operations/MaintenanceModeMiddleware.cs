using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.Operations;

/// <summary>
/// R-22: while the operator's maintenance switch is on, every page and API answers 503 with Retry-After and a
/// page in Japanese and English; health checks and the style sheets stay reachable, so load balancers and the
/// page itself keep working. Operator commands run outside the web pipeline and are not affected.
/// </summary>
public sealed class MaintenanceModeMiddleware(RequestDelegate next, IMaintenanceMode maintenance, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The scheduled window is 30 minutes: without an end time, clients retry after that.</summary>
    private const int DefaultRetrySeconds = 1800;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/health") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js"))
        {
            await next(context);
            return;
        }

        var state = await maintenance.CurrentAsync(context.RequestAborted);
        if (!state.IsOn)
        {
            await next(context);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var retry = state.UntilUtc is { } until ? Math.Max(60, (int)Math.Ceiling((until - now).TotalSeconds)) : DefaultRetrySeconds;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (path.StartsWithSegments("/api") || context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            await context.Response.WriteAsJsonAsync(
                new { status = 503, title = Text("Maintenance.Title", "en"), code = "maintenance" }, options: null, contentType: "application/problem+json; charset=utf-8");
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(state));
    }

    private string Page(MaintenanceState state)
    {
        var html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var until = state.UntilUtc is { } u ? JapanTime.ToJapan(u).ToString("HH:mm", CultureInfo.InvariantCulture) : null;
        string Section(string lang) =>
            $"""
            <section lang="{lang}" class="card">
              <h{(lang == "ja" ? "1" : "2")}>{html.Encode(Text("Maintenance.Title", lang))}</h{(lang == "ja" ? "1" : "2")}>
              <p>{html.Encode(Text("Maintenance.Body", lang))}</p>
              {(until is null ? "" : $"<p>{html.Encode(Text("Maintenance.Until", lang, until))}</p>")}
              {(state.Message is { Length: > 0 } m ? $"<p class=\"note\">{html.Encode(m)}</p>" : "")}
            </section>
            """;
        return $"""
            <!DOCTYPE html>
            <html lang="ja">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{html.Encode(Text("Maintenance.Title", "ja"))} | Maintenance</title>
            <link rel="stylesheet" href="/css/tokens.css" /><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="main" class="site-main">
            {Section("ja")}
            {Section("en")}
            </main></body></html>
            """;
    }

    private string Text(string key, string lang, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(lang);
            return localizer[key, arguments].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
