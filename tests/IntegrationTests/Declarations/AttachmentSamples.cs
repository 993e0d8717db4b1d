using System.Text;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>Files that are (or are not) what the attachment check accepts, made of their magic bytes and some filler.</summary>
internal static class AttachmentSamples
{
    public static byte[] Jpeg => With([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00]);

    public static byte[] Png => With([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);

    public static byte[] Pdf => With(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"));

    /// <summary>An iPhone-style HEIC: major brand mif1, 'heic' among the compatible brands.</summary>
    public static byte[] Heic => With([0x00, 0x00, 0x00, 0x1C, .. "ftypmif1"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heicmiaf"u8]);

    public static byte[] Text => Encoding.UTF8.GetBytes("これは証明書ではありません。just text\n");

    public static byte[] Sized(long length)
    {
        var bytes = new byte[length];
        Png.AsSpan(0, 16).CopyTo(bytes);
        return bytes;
    }

    private static byte[] With(byte[] header)
    {
        var bytes = new byte[header.Length + 512];
        header.CopyTo(bytes, 0);
        new Random(42).NextBytes(bytes.AsSpan(header.Length));
        return bytes;
    }
}
