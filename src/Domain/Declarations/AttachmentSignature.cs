namespace YearEndAdjustment.Domain.Declarations;

/// <summary>
/// Recognises the accepted certificate files by their magic bytes. The name and the browser's content type are the
/// sender's claims and are ignored: a file is served later with the type found here, so a script renamed to .jpg
/// can never come back as something a browser would run.
/// </summary>
public static class AttachmentSignature
{
    /// <summary>Bytes needed to decide: an ISO BMFF <c>ftyp</c> box header plus a few compatible brands.</summary>
    public const int HeaderLength = 64;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly string[] HeicBrands = ["heic", "heix", "hevc", "heim", "heis", "mif1"];

    /// <summary>The kind the header shows, or null when it is none of the accepted ones.</summary>
    public static AttachmentKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Jpeg))
        {
            return AttachmentKind.Jpeg;
        }

        if (header.StartsWith(Png))
        {
            return AttachmentKind.Png;
        }

        if (header.StartsWith(Pdf))
        {
            return AttachmentKind.Pdf;
        }

        return IsHeic(header) ? AttachmentKind.Heic : null;
    }

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Heic => "image/heic",
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Xml => "application/xml",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => ".jpg",
        AttachmentKind.Png => ".png",
        AttachmentKind.Heic => ".heic",
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.Xml => ".xml",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // ISO BMFF: a box of [size:4][type:4]; the first is 'ftyp' holding [major brand:4][minor version:4][compatible brands:4×n].
    // HEIC files from phones often carry 'mif1' as the major brand and 'heic' among the compatible ones, so both count.
    private static bool IsHeic(ReadOnlySpan<byte> header)
    {
        if (header.Length < 16 || !header.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxSize = (header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3];
        if (boxSize < 16)
        {
            return false;
        }

        var end = Math.Min(boxSize, header.Length);
        if (IsHeicBrand(header.Slice(8, 4)))
        {
            return true;
        }

        for (var offset = 16; offset + 4 <= end; offset += 4)
        {
            if (IsHeicBrand(header.Slice(offset, 4)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeicBrand(ReadOnlySpan<byte> brand)
    {
        Span<char> text = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            text[i] = (char)brand[i];
        }

        foreach (var known in HeicBrands)
        {
            if (text.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }
}
