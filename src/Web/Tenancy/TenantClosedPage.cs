using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;

namespace YearEndAdjustment.Web.Tenancy;

/// <summary>
/// the answer of a tenant's site from its contract end date on: 410 Gone with a page in Japanese and English
/// (ProblemDetails for the API), so users who try to sign in learn why instead of meeting a bare 404.
/// </summary>
public sealed class TenantClosedPage(IStringLocalizer<SharedResource> localizer)
{
    public async Task WriteAsync(HttpContext context, DateOnly? endDate)
    {
        context.Response.StatusCode = StatusCodes.Status410Gone;
        context.Response.Headers.CacheControl = "no-store";
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            await context.Response.WriteAsJsonAsync(
                new { status = 410, title = Text("Closed.Title", "en"), code = "tenant_closed" }, options: null, contentType: "application/problem+json; charset=utf-8");
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(endDate));
    }

    private string Page(DateOnly? endDate)
    {
        var html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var date = endDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Section(string lang, string heading) =>
            $"""
            <section lang="{lang}" class="card">
              <{heading}>{html.Encode(Text("Closed.Title", lang))}</{heading}>
              <p>{html.Encode(date is null ? Text("Closed.BodyNoDate", lang) : Text("Closed.Body", lang, date))}</p>
              <p>{html.Encode(Text("Closed.Contact", lang))}</p>
            </section>
            """;
        return $"""
            <!DOCTYPE html>
            <html lang="ja">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{html.Encode(Text("Closed.Title", "ja"))} | Service ended</title>
            <link rel="stylesheet" href="/css/tokens.css" /><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main id="main" class="site-main">
            {Section("ja", "h1")}
            {Section("en", "h2")}
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
