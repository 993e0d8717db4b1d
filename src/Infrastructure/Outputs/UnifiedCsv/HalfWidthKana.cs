using System.Text;

namespace YearEndAdjustment.Infrastructure.Outputs.UnifiedCsv;

// Full-width katakana → half-width (JIS X 0201) as the 統一CSV's フリガナ columns need ([C1]); voiced sounds split into
// the base letter and ﾞ / ﾟ. Anything without a half-width form is kept (the encoder's fallback then marks it).
internal static class HalfWidthKana
{
    private const string Full = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";
    private const string Half = "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ";
    private const string Voiced = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
    private const string VoicedBase = "カキクケコサシスセソタチツテトハヒフヘホ";
    private const string SemiVoiced = "パピプペポ";
    private const string SemiVoicedBase = "ハヒフヘホ";

    public static string From(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            int i;
            if ((i = Voiced.IndexOf(c, StringComparison.Ordinal)) >= 0)
            {
                builder.Append(Half[Full.IndexOf(VoicedBase[i], StringComparison.Ordinal)]).Append('ﾞ');
            }
            else if ((i = SemiVoiced.IndexOf(c, StringComparison.Ordinal)) >= 0)
            {
                builder.Append(Half[Full.IndexOf(SemiVoicedBase[i], StringComparison.Ordinal)]).Append('ﾟ');
            }
            else if (c == 'ヴ')
            {
                builder.Append("ｳﾞ");
            }
            else if (c == '　')
            {
                builder.Append(' ');
            }
            else if ((i = Full.IndexOf(c, StringComparison.Ordinal)) >= 0)
            {
                builder.Append(Half[i]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
