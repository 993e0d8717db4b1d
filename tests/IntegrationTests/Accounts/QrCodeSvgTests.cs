using System.Xml.Linq;
using YearEndAdjustment.Web.Rendering;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>The inline QR code: scalable, named for screen readers, and nothing the strict CSP would block.</summary>
public sealed class QrCodeSvgTests
{
    private const string Uri = "otpauth://totp/%E5%B9%B4:taro?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%E5%B9%B4";

    [Fact]
    public void Render_IsAScalableSvgImage_WithATitle_AndNoStyleOrScript()
    {
        var markup = QrCodeSvg.Render(Uri, "QR").Value!;
        var root = XElement.Parse(markup);
        XNamespace svg = "http://www.w3.org/2000/svg";

        Assert.Equal(svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("QR", (string?)root.Attribute("aria-label"));
        Assert.Equal("QR", root.Elements().First().Value);
        Assert.Equal(svg + "title", root.Elements().First().Name);
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.Null(root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null || e.Name.LocalName is "style" or "script");
        Assert.Contains(root.Descendants(svg + "path"), p => (string?)p.Attribute("fill") == "#000000");
    }

    [Fact]
    public void Render_EscapesTheAccessibleName()
    {
        var markup = QrCodeSvg.Render(Uri, "a\"<b>&").Value!;

        Assert.DoesNotContain("<b>", markup);
        Assert.Equal("a\"<b>&", (string?)XElement.Parse(markup).Attribute("aria-label"));
    }

    [Fact]
    public void Render_SameUri_SameDrawing_OtherUri_OtherDrawing()
    {
        Assert.Equal(QrCodeSvg.Render(Uri, "QR").Value, QrCodeSvg.Render(Uri, "QR").Value);
        Assert.NotEqual(QrCodeSvg.Render(Uri, "QR").Value, QrCodeSvg.Render(Uri.Replace("taro", "hanako", StringComparison.Ordinal), "QR").Value);
    }
}
