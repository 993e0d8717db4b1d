using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace YearEndAdjustment.Web.Navigation;

/// <summary>
/// The menu's links as one HTML string. The layout shows the menu twice on every signed-in page (behind the phone
/// button and as the side bar); as a partial view it cost about a tenth of a page's time under load (two view
/// look-ups, a view-data copy and a URL helper call per link), for markup that only changes with the permissions,
/// the language and the current page: it is built once per combination.
/// </summary>
public static class NavigationMarkup
{
    // The markup depends only on the menu (one per permission set), the element ids, the tenant's path, the language
    // and which link is current, so it is built once per combination and shared (an HtmlString is immutable).
    // Bounded per menu: past this many (tenants × languages × pages) the set starts again.
    private const int KeptPerMenu = 4_096;

    private static readonly ConditionalWeakTable<IReadOnlyList<NavGroup>, ConcurrentDictionary<(string NavId, string PathBase, string Culture, int Current), IHtmlContent>> Built = new();

    public static IHtmlContent Render(IReadOnlyList<NavGroup> groups, string navId, string pathBase, string currentPath, IStringLocalizer localizer, HtmlEncoder encoder)
    {
        var current = CurrentIndex(groups, currentPath);
        var kept = Built.GetValue(groups, _ => new());
        var key = (navId, pathBase, CultureInfo.CurrentUICulture.Name, current);
        if (kept.TryGetValue(key, out var markup))
        {
            return markup;
        }

        if (kept.Count >= KeptPerMenu)
        {
            kept.Clear();
        }

        markup = Build(groups, navId, pathBase, current, localizer, encoder);
        kept[key] = markup;
        return markup;
    }

    private static int CurrentIndex(IReadOnlyList<NavGroup> groups, string currentPath)
    {
        var index = 0;
        foreach (var group in groups)
        {
            foreach (var item in group.Items)
            {
                if (SiteNavigation.IsCurrent(item, currentPath))
                {
                    return index;
                }

                index++;
            }
        }

        return -1;
    }

    private static HtmlString Build(IReadOnlyList<NavGroup> groups, string navId, string pathBase, int current, IStringLocalizer localizer, HtmlEncoder encoder)
    {
        var html = new StringBuilder(2048);
        var index = 0;
        foreach (var group in groups)
        {
            var headingId = $"{navId}-{group.TitleKey.Replace('.', '-')}";
            html.Append("<section class=\"nav-group\" aria-labelledby=\"").Append(headingId).Append("\">")
                .Append("<h2 class=\"nav-group__title\" id=\"").Append(headingId).Append("\">")
                .Append(encoder.Encode(localizer[group.TitleKey].Value)).Append("</h2>")
                .Append("<ul class=\"nav-group__list\">");
            foreach (var item in group.Items)
            {
                html.Append("<li><a class=\"nav-link\" href=\"").Append(encoder.Encode(pathBase + item.Path)).Append('"');
                if (index++ == current)
                {
                    html.Append(" aria-current=\"page\"");
                }

                html.Append('>').Append(encoder.Encode(localizer[item.TextKey].Value)).Append("</a></li>");
            }

            html.Append("</ul></section>");
        }

        return new HtmlString(html.ToString());
    }
}
