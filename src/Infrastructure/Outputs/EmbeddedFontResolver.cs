using System.Reflection;
using PdfSharp.Fonts;

namespace YearEndAdjustment.Infrastructure.Outputs;

// PDFsharp's font source (ADR 0042): the IPA Gothic file shipped in this assembly (IPA Font License v1.0, which
// allows embedding in PDFs), whatever family a drawing asks for. No system font is looked up, so a slip renders the
// same on every host. PDFsharp keeps one global resolver; it is installed once per process.
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "IPAGothic";
    private const string ResourceName = "YearEndAdjustment.Infrastructure.Outputs.Fonts.ipag.ttf";

    private static readonly Lock Gate = new();
    private static bool _installed;
    private static readonly Lazy<byte[]> FontBytes = new(Load);

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(FamilyName);

    public byte[] GetFont(string faceName) => FontBytes.Value;

    private static byte[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded slip font is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
