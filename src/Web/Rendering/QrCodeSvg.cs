using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace YearEndAdjustment.Web.Rendering;

/// <summary>
/// A QR code as inline SVG, drawn on the server so no script or image request is needed. QRCoder colours the
/// modules with fill attributes, not style attributes, which the CSP's style-src 'self' would block.
/// </summary>
public static class QrCodeSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <param name="payload">The text to encode.</param>
    /// <param name="accessibleName">What a screen reader announces instead of the modules.</param>
    public static HtmlString Render(string payload, string accessibleName)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);

        // ViewBox sizing leaves width and height to CSS, so the code shrinks with a narrow screen; the quiet zone
        // (four light modules) is what lets a camera find the code against the page around it.
        var root = XElement.Parse(svg.GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute));
        root.SetAttributeValue("class", "qr-code");
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", accessibleName);
        root.AddFirst(new XElement(Svg + "title", accessibleName));

        // XElement escapes the name in both places, so a translation can never break out of the markup.
        return new HtmlString(root.ToString(SaveOptions.DisableFormatting));
    }
}
