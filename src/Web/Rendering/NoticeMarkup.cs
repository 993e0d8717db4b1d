using Microsoft.AspNetCore.Html;

namespace YearEndAdjustment.Web.Rendering;

/// <summary>
/// The one-time notice after a redirect (temp data), as markup: the `_Notice` partial and the pages that render without
/// partials (ADR 0061) write the same element. The text is encoded when written.
/// </summary>
public static class NoticeMarkup
{
    public static IHtmlContent Ok(string? text) => string.IsNullOrEmpty(text)
        ? HtmlString.Empty
        : new HtmlContentBuilder(3).AppendHtml("<div class=\"alert alert--ok\" role=\"status\">").Append(text).AppendHtml("</div>");
}
