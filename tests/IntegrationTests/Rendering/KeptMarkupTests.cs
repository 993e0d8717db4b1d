using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using YearEndAdjustment.Web.Rendering;

namespace YearEndAdjustment.IntegrationTests.Rendering;

/// <summary>ADR 0067: a part is rendered once per read-model instance, part, language and tenant path, and kept as text.</summary>
public sealed class KeptMarkupTests
{
    [Fact]
    public async Task APart_IsRenderedOncePerInstanceLanguageAndPath_AndKeptAsEncodedText()
    {
        var renders = 0;
        Task<IHtmlContent> Render(string text)
        {
            renders++;
            return Task.FromResult<IHtmlContent>(new HtmlContentBuilder().AppendHtml("<td>").Append(text).AppendHtml("</td>"));
        }

        async Task<string> Kept(object model, string part, string pathBase, string culture, string text)
        {
            var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton(HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All)).BuildServiceProvider() };
            context.Request.PathBase = pathBase;
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                return ((HtmlString)await KeptMarkup.GetOrRenderAsync(model, part, context, () => Render(text))).Value!;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        var counts = new object();
        var first = await Kept(counts, "table", "/a", "ja", "<一>");
        var again = await Kept(counts, "table", "/a", "ja", "changed");
        var english = await Kept(counts, "table", "/a", "en", "one");
        var otherPath = await Kept(counts, "table", "/b", "ja", "二");
        var otherPart = await Kept(counts, "tiles", "/a", "ja", "三");
        var newInstance = await Kept(new object(), "table", "/a", "ja", "四");

        Assert.Equal("<td>&lt;一&gt;</td>", first);
        Assert.Equal(first, again);
        Assert.Equal("<td>one</td>", english);
        Assert.Equal("<td>二</td>", otherPath);
        Assert.Equal("<td>三</td>", otherPart);
        Assert.Equal("<td>四</td>", newInstance);
        Assert.Equal(5, renders);
    }
}
