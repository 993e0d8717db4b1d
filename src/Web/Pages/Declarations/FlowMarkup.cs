using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>
/// The flow's progress indicator, yes/no questions, version field and the reviewer's field comments, written directly
/// rather than as partial views (ADR 0065, 0068): every step page has the first, up to four yes/no questions and up to
/// sixteen comment places (almost always empty), and each partial cost a view look-up, a view-data copy and a tag
/// helper. The markup is the partials' own.
/// </summary>
public static class FlowMarkup
{
    /// <summary>"Step x of n" and the list of topics, the current one marked; every step is a link (nothing typed is
    /// lost: each page saves when it is sent).</summary>
    public static IHtmlContent StepProgress(string currentStep, ViewDataDictionary viewData, IStringLocalizer localizer, HtmlEncoder encoder)
    {
        var current = DeclarationSteps.Number(currentStep);
        var root = encoder.Encode(viewData[AssistRoutes.FlowRootKey] as string ?? "");
        var html = new StringBuilder(1_200)
            .Append("<nav class=\"flow-progress\" aria-label=\"").Append(encoder.Encode(localizer["Flow.ProgressLabel"].Value)).Append("\">")
            .Append("<p class=\"flow-progress__count\">")
            .Append(encoder.Encode(localizer["Flow.StepOf", current, DeclarationSteps.All.Count].Value)).Append("</p>")
            .Append("<ol class=\"flow-progress__list\">");
        foreach (var step in DeclarationSteps.All)
        {
            var n = DeclarationSteps.Number(step);
            html.Append("<li class=\"").Append(n == current ? "is-current" : n < current ? "is-done" : "").Append("\">")
                .Append("<a href=\"").Append(root).Append('/').Append(encoder.Encode(step)).Append('"')
                .Append(n == current ? " aria-current=\"step\">" : ">")
                .Append(encoder.Encode(localizer["Flow.Step." + step].Value)).Append("</a></li>");
        }

        return new HtmlString(html.Append("</ol></nav>").ToString());
    }

    /// <summary>A yes/no question as a radio group with its legend, help (large targets, no jargon in the question),
    /// the reviewer's comments on it and its validation message.</summary>
    public static IHtmlContent YesNo(YesNoQuestion question, IHtmlHelper html, IStringLocalizer localizer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(html);
        var name = encoder.Encode(question.Name);
        var describedBy = question.Help is null ? "" : $" aria-describedby=\"{name}-help\"";
        var head = new StringBuilder(600)
            .Append("<fieldset class=\"field question\" id=\"").Append(name).Append("\"><legend>").Append(encoder.Encode(question.Legend)).Append("</legend>");
        var body = new StringBuilder(600);
        if (question.Help is { } help)
        {
            body.Append("<p class=\"hint\" id=\"").Append(name).Append("-help\">").Append(encoder.Encode(help)).Append("</p>");
        }

        body.Append("<div class=\"choices\">")
            .Append("<label class=\"choice\"><input type=\"radio\" name=\"").Append(name).Append("\" value=\"true\"")
            .Append(question.Value == true ? " checked=\"checked\"" : "").Append(describedBy).Append(" /> ")
            .Append(encoder.Encode(localizer["Flow.Yes"].Value)).Append("</label>")
            .Append("<label class=\"choice\"><input type=\"radio\" name=\"").Append(name).Append("\" value=\"false\"")
            .Append(question.Value == false ? " checked=\"checked\"" : "").Append(" /> ")
            .Append(encoder.Encode(localizer["Flow.No"].Value)).Append("</label></div>");
        return new HtmlContentBuilder(5)
            .AppendHtml(head.ToString())
            .AppendHtml(FieldComments(html.ViewData, question.Name, localizer, encoder))
            .AppendHtml(body.ToString())
            .AppendHtml(html.ValidationMessage(question.Name))
            .AppendHtml("</fieldset>");
    }

    /// <summary>The reviewer's comments on one field (its input's id), placed next to the field.</summary>
    public static IHtmlContent FieldComments(ViewDataDictionary viewData, string field, IStringLocalizer localizer, HtmlEncoder encoder)
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

    /// <summary>The form's version field (the concurrency check), as the input tag helper wrote it less its unused
    /// client-validation attributes.</summary>
    public static IHtmlContent Version(int version) =>
        new HtmlString($"<input type=\"hidden\" id=\"Version\" name=\"Version\" value=\"{version.ToString(CultureInfo.InvariantCulture)}\" />");
}
