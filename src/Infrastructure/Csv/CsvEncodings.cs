using System.Text;

namespace YearEndAdjustment.Infrastructure.Csv;

/// <summary>
/// The encodings, strict in both directions: an invalid byte or an unmappable character throws instead of becoming
/// U+FFFD or '?' (security-reliability 2.5). CP932 is Microsoft's Shift_JIS, what Excel on Windows writes; it is in
/// the shared framework but must be registered (toolchain 3.5).
/// </summary>
internal static class CsvEncodings
{
    static CsvEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding ShiftJis { get; } = CreateShiftJis();

    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding CreateShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
