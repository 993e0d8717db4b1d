using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace YearEndAdjustment.Web.Navigation;

/// <summary>
/// The menu's links as one HTML string. The layout shows the menu twice on every signed-in page (behind the phone
/// button and as the side bar); as a partial view it cost about a tenth of a page's time under load (two view
/// look-ups, a view-data copy and a URL helper call per link), for markup that only changes with the permissions,
/// the language and the current page.
/// </summary>
public static class NavigationMarkup
{
    public static IHtmlContent Render(IReadOnlyList<NavGroup> groups, string navId, string pathBase, string currentPath, IStringLocalizer localizer, HtmlEncoder encoder)
    {
        var html = new StringBuilder(2048);
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
                if (SiteNavigation.IsCurrent(item, currentPath))
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
