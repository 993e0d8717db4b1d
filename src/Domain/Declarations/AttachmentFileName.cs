using System.Globalization;
using System.Text;

namespace YearEndAdjustment.Domain.Declarations;

/// <summary>
/// The name an uploaded file is kept and offered under: only its last path segment, without control or path
/// characters, NFC-normalised, at most <see cref="MaxLength"/> characters (never cutting a character in two).
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 200;
    private const string Fallback = "attachment";

    public static string Sanitise(string? raw, AttachmentKind kind)
    {
        var name = (raw ?? "").Normalize(NormalizationForm.FormC);
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            name = name[(slash + 1)..];
        }

        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or ':' or '*' or '?' or '|') && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                clean.Append(c);
            }
        }

        var result = clean.ToString().Trim().Trim('.').Trim();
        if (result.Length == 0)
        {
            result = Fallback + AttachmentSignature.Extension(kind);
        }

        return Clip(result);
    }

    /// <summary>The name to download under: with the extension of what the file really is when the name says otherwise.</summary>
    public static string ForDownload(string stored, AttachmentKind kind)
    {
        var extension = AttachmentSignature.Extension(kind);
        var matches = kind == AttachmentKind.Jpeg
            ? stored.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || stored.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            : stored.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
        return matches ? stored : stored + extension;
    }

    private static string Clip(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var info = new StringInfo(text);
        var length = 0;
        var elements = 0;
        while (elements < info.LengthInTextElements)
        {
            var next = StringInfo.GetNextTextElementLength(text, length);
            if (length + next > MaxLength)
            {
                break;
            }

            length += next;
            elements++;
        }

        return text[..length];
    }
}
