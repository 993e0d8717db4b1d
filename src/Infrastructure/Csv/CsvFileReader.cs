using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Infrastructure.Csv;

/// <summary>
/// ADR 0022. The upload is read whole into memory, bounded by <see cref="CsvImportOptions.MaxImportBytes"/>, because the
/// encoding can only be decided after seeing every byte (a file is UTF-8 only if all of it is valid UTF-8) and
/// because the preview and the import each parse it. CsvHelper 34 then parses the bytes without copying them again.
/// </summary>
internal sealed class CsvFileReader(IOptions<CsvImportOptions> options) : ICsvFileReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public async Task<CsvDocument> OpenAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.MaxImportBytes;
        var bytes = await ReadBoundedAsync(content, limit, options.Value.MaxImportMegabytes, cancellationToken);
        RejectNonText(bytes);

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes));
        ReadOnlyMemory<byte> body = bytes;
        CsvTextEncoding encoding;
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
            encoding = CsvTextEncoding.Utf8WithBom;
            if (!Utf8.IsValid(body.Span))
            {
                throw new CsvFileRejectedException(
                    $"UTF-8 として読めない文字があります（{LineOf(body.Span, FirstInvalidUtf8(body.Span))}行目付近）。UTF-8 で保存し直してください。");
            }
        }
        else if (Utf8.IsValid(body.Span))
        {
            encoding = CsvTextEncoding.Utf8;
        }
        else
        {
            encoding = CsvTextEncoding.ShiftJis;
            RejectMixedEncodings(body.Span);
            CheckShiftJis(body.Span);
            body = ToUtf8(body);
        }

        return new CsvDocument(encoding, fingerprint, body.Span.Count((byte)'\n') + 1, Records(body));
    }

    /// <summary>Records of UTF-8 <paramref name="body"/>, parsed in place (a Shift_JIS upload is transcoded first).</summary>
    private static IEnumerable<CsvRecord> Records(ReadOnlyMemory<byte> body)
    {
        var problem = CsvRecordProblem.None;
        var readerOptions = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            DetectSeparatorHint = false,
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => problem = record.Reason switch
            {
                CsvMalformedReason.UnterminatedQuote => CsvRecordProblem.UnterminatedQuote,
                CsvMalformedReason.TextAfterClosingQuote => CsvRecordProblem.TextAfterClosingQuote,
                CsvMalformedReason.StrayQuote or CsvMalformedReason.TrailingEscape => CsvRecordProblem.StrayQuote,
                _ => problem,
            },
        };

        using var reader = CsvReader.Create(body, readerOptions);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            var privateUse = -1;
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
                if (privateUse < 0 && fields[i].AsSpan().IndexOfAnyInRange('\uE000', '\uF8FF') >= 0)
                {
                    privateUse = i;
                }
            }

            yield return problem == CsvRecordProblem.None && privateUse >= 0
                ? new CsvRecord(reader.LineNumber, fields, CsvRecordProblem.PrivateUseCharacter, privateUse)
                : new CsvRecord(reader.LineNumber, fields, problem);
            problem = CsvRecordProblem.None;
        }
    }

    /// <summary>
    /// Shift_JIS to UTF-8 through a transcoding stream, into one buffer sized for the worst case (a CP932 character
    /// takes at most 1.5 times its bytes in UTF-8): no whole-file char buffer, and the later passes parse UTF-8 in place,
    /// where CsvHelper given an encoding decoded the whole file again into a large buffer on every pass (ADR 0025).
    /// </summary>
    private static ReadOnlyMemory<byte> ToUtf8(ReadOnlyMemory<byte> shiftJis)
    {
        var source = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(shiftJis, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(shiftJis.ToArray(), writable: false);
        var utf8 = new MemoryStream(checked((int)(shiftJis.Length * 3L / 2) + 16));
        using (var transcoding = Encoding.CreateTranscodingStream(source, CsvEncodings.ShiftJis, Encoding.UTF8, leaveOpen: false))
        {
            transcoding.CopyTo(utf8, 65536);
        }

        return utf8.GetBuffer().AsMemory(0, (int)utf8.Length);
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream content, long limit, string megabytes, CancellationToken cancellationToken)
    {
        var tooLarge = $"ファイルが大きすぎます（上限 {megabytes} MB）。ファイルを分けて取り込んでください。";
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > limit)
            {
                throw new CsvFileRejectedException(tooLarge);
            }

            var buffer = new byte[remaining];
            await content.ReadExactlyAsync(buffer, cancellationToken);
            return buffer;
        }

        using var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > limit)
            {
                throw new CsvFileRejectedException(tooLarge);
            }

            copy.Write(chunk, 0, read);
        }

        return copy.ToArray();
    }

    private static void RejectNonText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new CsvFileRejectedException("ファイルが空です。見出し行とデータ行のあるCSVファイルを選んでください。");
        }

        // An .xlsx is a ZIP whose entries live under xl/ (named in the first local headers and in the central
        // directory at the end); any other ZIP is an archive to unpack first.
        const int Window = 64 * 1024;
        if (bytes.StartsWith("PK\u0003\u0004"u8)
            && bytes[..Math.Min(bytes.Length, Window)].IndexOf("xl/"u8) < 0
            && bytes[Math.Max(0, bytes.Length - Window)..].IndexOf("xl/"u8) < 0)
        {
            throw new CsvFileRejectedException("ZIP 圧縮ファイルは取り込めません。展開して、中のCSVファイルを選んでください。");
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new CsvFileRejectedException("Excel 形式のファイルは取り込めません。Excel で「CSV UTF-8（コンマ区切り）」または「CSV（コンマ区切り）」形式で保存し直してください。");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new CsvFileRejectedException("UTF-16 のファイルは取り込めません。UTF-8 または Shift_JIS で保存し直してください。");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new CsvFileRejectedException("テキスト形式のCSVファイルではありません。CSV 形式で保存したファイルを選んでください。");
        }
    }

    /// <summary>
    /// A file pasted together from a UTF-8 and a Shift_JIS file is valid as neither. Whichever part comes first sets
    /// the encoding the reader expects, and the error names the first line that is not valid in it: Japanese text in
    /// Shift_JIS is almost never valid UTF-8 (its lead bytes 0x81–0x9F are UTF-8 continuation bytes), so a non-ASCII
    /// line that is valid UTF-8 marks the UTF-8 part.
    /// </summary>
    private static void RejectMixedEncodings(ReadOnlySpan<byte> body)
    {
        var firstInvalid = FirstInvalidUtf8(body);
        if (!System.Text.Ascii.IsValid(body[..LineStart(body, firstInvalid)]))
        {
            // Non-ASCII UTF-8 text before the first invalid byte: the file starts as UTF-8.
            var line = LineOf(body, firstInvalid);
            throw new CsvFileRejectedException(
                $"{line}行目から文字コードが変わっています（それまでは UTF-8）。ファイル全体を UTF-8 か Shift_JIS のどちらかで保存し直してください。", line);
        }

        var start = 0;
        var lineNumber = 1;
        while (start < body.Length)
        {
            var length = body[start..].IndexOf((byte)'\n');
            var text = length < 0 ? body[start..] : body.Slice(start, length);
            if (!System.Text.Ascii.IsValid(text) && Utf8.IsValid(text))
            {
                throw new CsvFileRejectedException(
                    $"{lineNumber}行目から文字コードが変わっています（それまでは Shift_JIS）。ファイル全体を UTF-8 か Shift_JIS のどちらかで保存し直してください。", lineNumber);
            }

            if (length < 0)
            {
                break;
            }

            start += length + 1;
            lineNumber++;
        }
    }

    private static int LineStart(ReadOnlySpan<byte> body, int index) => body[..Math.Min(index, body.Length)].LastIndexOf((byte)'\n') + 1;

    /// <summary>Decodes strictly as CP932 without keeping the text; the first bad byte names its line.</summary>
    private static void CheckShiftJis(ReadOnlySpan<byte> body)
    {
        try
        {
            CsvEncodings.ShiftJis.GetCharCount(body);
        }
        catch (DecoderFallbackException ex)
        {
            var line = ex.Index >= 0 ? LineOf(body, ex.Index) : 0;
            throw new CsvFileRejectedException(
                "文字コードを判別できません。UTF-8 または Shift_JIS（CP932）で保存したCSVファイルを選んでください。"
                + (line > 0 ? $"（{line}行目付近に読めない文字があります）" : ""), line);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> body)
    {
        var chars = new char[4096];
        var offset = 0;
        while (offset < body.Length)
        {
            var status = Utf8.ToUtf16(body[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return offset + read;
            }

            offset += read;
            if (read == 0)
            {
                break;
            }
        }

        return body.Length;
    }

    // Counting LF bytes is safe in CP932 too: 0x0A never occurs as the second byte of a double-byte character.
    private static int LineOf(ReadOnlySpan<byte> body, int index) => body[..Math.Min(index, body.Length)].Count((byte)'\n') + 1;
}
