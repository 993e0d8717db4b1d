using System.Text;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// The form names and kana are searched in (ADR 0029): NFKC (half-width kana and full-width letters folded), hiragana
/// as katakana, Latin letters upper-case, every space removed. Stored next to the name and compared by prefix, so a
/// search is an index range, never a scan; "佐藤 誠", "佐藤誠" and "さとう" all find 佐藤 誠 (サトウ マコト).
/// </summary>
public static class NameSearchKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // ぁ (U+3041) … ゖ (U+3096) sit exactly 0x60 below their katakana.
            builder.Append(c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The smallest string greater than every string starting with <paramref name="prefix"/> in ordinal order, so
    /// "key &gt;= prefix AND key &lt; UpperBound(prefix)" is a prefix match that an ordinary index can seek.
    /// </summary>
    public static string UpperBound(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var chars = prefix.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] != char.MaxValue)
            {
                chars[i]++;
                return new string(chars, 0, i + 1);
            }
        }

        return prefix + char.MaxValue;
    }
}
