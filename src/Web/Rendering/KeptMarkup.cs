using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace YearEndAdjustment.Web.Rendering;

/// <summary>
/// ADR 0067: a large part of a page whose markup depends only on one cached read model (the same instance while its
/// stamp stands, <c>IReadModelCache</c>), the language and the tenant's path, rendered once and kept alongside that
/// instance: it goes when the instance goes, and a changed stamp gives a new instance, so nothing stale is ever shown.
/// The part must read nothing else (no user, no query string, no temp data).
/// </summary>
public static class KeptMarkup
{
    // Per instance: parts × languages × path bases; a handful in practice, bounded all the same.
    private const int KeptPerModel = 32;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Part, string PathBase, string Culture), IHtmlContent>> Kept = new();

    public static async Task<IHtmlContent> GetOrRenderAsync(object model, string part, HttpContext context, Func<Task<IHtmlContent>> render)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(render);
        var kept = Kept.GetValue(model, _ => new());
        var key = (part, context.Request.PathBase.Value ?? "", CultureInfo.CurrentUICulture.Name);
        if (kept.TryGetValue(key, out var markup))
        {
            return markup;
        }

        var rendered = await render();
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        rendered.WriteTo(writer, context.RequestServices.GetRequiredService<HtmlEncoder>());
        markup = new HtmlString(writer.ToString());
        if (kept.Count < KeptPerModel)
        {
            kept[key] = markup;
        }

        return markup;
    }
}
