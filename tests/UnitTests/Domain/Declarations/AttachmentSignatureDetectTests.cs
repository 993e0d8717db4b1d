using System.Text;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

public sealed class AttachmentSignatureDetectTests
{
    public static TheoryData<byte[], AttachmentKind?> Headers => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE1, 0, 0], AttachmentKind.Jpeg },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], AttachmentKind.Png },
        { Encoding.ASCII.GetBytes("%PDF-1.4\n"), AttachmentKind.Pdf },
        { Box("heic", ""), AttachmentKind.Heic },
        { Box("heix", ""), AttachmentKind.Heic },
        { Box("mif1", "mif1heic"), AttachmentKind.Heic },
        { Box("msf1", "hevc"), AttachmentKind.Heic },
        { Box("isom", "iso2avc1mp41"), null },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A], null },
        { [0xFF, 0xD8], null },
        { Encoding.ASCII.GetBytes("%PDF"), null },
        { Encoding.UTF8.GetBytes("<html><script>"), null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Detect_LooksOnlyAtTheMagicBytes(byte[] header, AttachmentKind? expected) => Assert.Equal(expected, AttachmentSignature.Detect(header));

    [Theory]
    [InlineData("C:\\Users\\me\\scan.png", "scan.png")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\u0000b\r\n<c>.pdf", "abc.pdf")]
    [InlineData("   ", "attachment.pdf")]
    [InlineData("\u202Egnp.exe", "gnp.exe")]
    public void Sanitise_KeepsOnlyASafeLastSegment(string raw, string expected) => Assert.Equal(expected, AttachmentFileName.Sanitise(raw, AttachmentKind.Pdf));

    [Fact]
    public void Sanitise_ClipsAt200WithoutSplittingACharacter()
    {
        var name = AttachmentFileName.Sanitise(new string('a', 199) + "😀😀.pdf", AttachmentKind.Pdf);

        Assert.Equal(199, name.Length);
        Assert.Equal(AttachmentFileName.MaxLength, AttachmentFileName.Sanitise(new string('b', 300), AttachmentKind.Pdf).Length);
    }

    [Theory]
    [InlineData("scan.PDF", AttachmentKind.Pdf, "scan.PDF")]
    [InlineData("photo.jpeg", AttachmentKind.Jpeg, "photo.jpeg")]
    [InlineData("named.pdf", AttachmentKind.Png, "named.pdf.png")]
    public void ForDownload_AddsTheRealExtensionWhenTheNameSaysOtherwise(string stored, AttachmentKind kind, string expected) =>
        Assert.Equal(expected, AttachmentFileName.ForDownload(stored, kind));

    private static byte[] Box(string major, string compatible)
    {
        var body = Encoding.ASCII.GetBytes("ftyp" + major + "\0\0\0\0" + compatible);
        var size = body.Length + 4;
        return [0, 0, 0, (byte)size, .. body];
    }
}
