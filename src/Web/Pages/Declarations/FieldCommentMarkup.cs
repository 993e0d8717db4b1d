using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>
/// The reviewer's comments on one field (its input's id), placed next to the field. Written directly rather than as a
/// partial view: a flow page asks for up to 16 of them and almost always has none, and each partial cost a view
/// look-up, a view-data copy and a tag helper (ADR 0065).
/// </summary>
public static class FieldCommentMarkup
{
    public static IHtmlContent Render(ViewDataDictionary viewData, string field, IStringLocalizer localizer, HtmlEncoder encoder)
    {
        if (viewData[AssistRoutes.FieldCommentsKey] is not ILookup<string, ReviewComment> comments || !comments.Contains(field))
        {
            return HtmlString.Empty;
        }

        var label = encoder.Encode(localizer["Flow.ReviewComments.Label"].Value);
        var html = new StringBuilder();
        foreach (var comment in comments[field])
        {
            html.Append("<p class=\"field-comment\"><span class=\"field-comment__label\">").Append(label).Append("</span> ")
                .Append(encoder.Encode(comment.Text)).Append("</p>");
        }

        return new HtmlString(html.ToString());
    }
}
