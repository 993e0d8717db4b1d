using System.Text;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>The Infrastructure CSV reader on its own: encoding detection and RFC 4180 details (UnitTests cannot see Infrastructure).</summary>
public sealed class CsvFileReaderTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Theory]
    [InlineData("utf8", "Utf8")]
    [InlineData("utf8bom", "Utf8WithBom")]
    [InlineData("sjis", "ShiftJis")]
    public async Task Open_EachEncoding_DetectsItAndReadsJapanese(string kind, string expected)
    {
        string[] lines = ["社員番号,氏名", "E001,髙橋 ｶﾅ①"];
        var stream = kind switch { "utf8" => CsvText.Utf8(lines), "utf8bom" => CsvText.Utf8Bom(lines), _ => CsvText.Sjis(lines) };

        var document = await Reader().OpenAsync(stream);
        var records = document.Records.ToList();

        Assert.Equal(expected, document.Encoding.ToString());
        Assert.Equal(["社員番号", "氏名"], records[0].Fields);
        Assert.Equal(["E001", "髙橋 ｶﾅ①"], records[1].Fields);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("sjis")]
    public async Task Open_HeaderWithAQuotedLineBreak_IsOneRecord_AndLinesAreCounted(string kind)
    {
        string[] lines = ["社員番号,\"氏名\r\n（漢字）\",\"備考, \"\"自由\"\"\"", "E001,山田 太郎,x"];
        var document = await Reader().OpenAsync(kind == "utf8" ? CsvText.Utf8(lines) : CsvText.Sjis(lines));
        var records = document.Records.ToList();

        Assert.Equal(["社員番号", "氏名\r\n（漢字）", "備考, \"自由\""], records[0].Fields);
        Assert.Equal(["E001", "山田 太郎", "x"], records[1].Fields);
        Assert.Equal(4, document.LineCount);
    }

    [Fact]
    public async Task Open_QuotedFields_KeepCommasQuotesAndLineBreaksWithStartingLines()
    {
        var document = await Reader().OpenAsync(CsvText.Utf8("a,b,c", "1,\"x, \"\"y\"\"\r\nz\",3", "4,5,6"));

        var records = document.Records.ToList();

        Assert.Equal(["1", "x, \"y\"\r\nz", "3"], records[1].Fields);
        Assert.Equal([1L, 2L, 4L], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Equal(CsvRecordProblem.None, r.Problem));
    }

    [Fact]
    public async Task Open_UnterminatedQuote_MarksTheRecord()
    {
        var document = await Reader().OpenAsync(CsvText.Utf8("a,b", "1,\"open", "2,3"));

        var broken = document.Records.Skip(1).First();

        Assert.Equal((2L, CsvRecordProblem.UnterminatedQuote), (broken.Line, broken.Problem));
    }

    [Fact]
    public async Task Open_SameBytes_GiveSameFingerprint()
    {
        var first = await Reader().OpenAsync(CsvText.Utf8("a,b", "1,2"));
        var second = await Reader().OpenAsync(CsvText.Utf8("a,b", "1,2"));
        var other = await Reader().OpenAsync(CsvText.Utf8("a,b", "1,3"));

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.NotEqual(first.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void CanEncode_ShiftJis_RefusesWhatCp932Lacks()
    {
        var writers = factory.Services.GetRequiredService<ICsvFileWriterFactory>();

        Assert.True(writers.CanEncode(CsvTextEncoding.ShiftJis, "髙橋 ①～ｶﾅ"));
        Assert.False(writers.CanEncode(CsvTextEncoding.ShiftJis, "𠮷田"));
        Assert.False(writers.CanEncode(CsvTextEncoding.ShiftJis, "A−B"));
        Assert.True(writers.CanEncode(CsvTextEncoding.Utf8WithBom, "𠮷田"));
    }

    [Fact]
    public async Task Writer_ShiftJis_WritesCp932BytesWithoutBomAndQuotesWhenNeeded()
    {
        var writers = factory.Services.GetRequiredService<ICsvFileWriterFactory>();
        var output = new MemoryStream();
        await using (var writer = writers.Create(output, CsvTextEncoding.ShiftJis))
        {
            writer.WriteRow(["山", "a,b", "say \"hi\""]);
            await writer.FlushAsync();
        }

        var bytes = output.ToArray();
        Assert.Equal([0x8E, 0x52], bytes[..2]);
        Assert.Equal("山,\"a,b\",\"say \"\"hi\"\"\"\r\n", CsvText.ShiftJis.GetString(bytes));
    }

    [Fact]
    public async Task Open_UserDefinedCharacterInShiftJis_MarksTheCell()
    {
        // F040 is the first CP932 user-defined character (外字); it decodes to U+E000, a private-use code point.
        var bytes = new List<byte>(CsvText.ShiftJis.GetBytes("社員番号,氏名\r\nE001,山"));
        bytes.AddRange([0xF0, 0x40]);
        bytes.AddRange(CsvText.ShiftJis.GetBytes("太郎\r\n"));

        var document = await Reader().OpenAsync(new MemoryStream([.. bytes]));
        var record = document.Records.Skip(1).First();

        Assert.Equal((CsvRecordProblem.PrivateUseCharacter, 1), (record.Problem, record.ProblemField));
    }

    [Fact]
    public async Task Open_UtfEightThenShiftJis_NamesTheFirstShiftJisLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("社員番号,氏名\r\nE001,山田 太郎\r\n"), .. CsvText.ShiftJis.GetBytes("E002,佐藤 花子\r\n")];

        var refused = await Assert.ThrowsAsync<CsvFileRejectedException>(() => Reader().OpenAsync(new MemoryStream(bytes)));

        Assert.Equal(3, refused.Line);
        Assert.Contains("3行目から", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_ShiftJisThenUtfEight_NamesTheFirstUtfEightLine()
    {
        byte[] bytes = [.. CsvText.ShiftJis.GetBytes("社員番号,氏名\r\nE001,山田 太郎\r\nE002,鈴木 一郎\r\n"), .. Encoding.UTF8.GetBytes("E003,佐藤 花子\r\n")];

        var refused = await Assert.ThrowsAsync<CsvFileRejectedException>(() => Reader().OpenAsync(new MemoryStream(bytes)));

        Assert.Equal(4, refused.Line);
        Assert.Contains("Shift_JIS", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_ZipThatIsNotAWorkbook_IsCalledAnArchive_AndAWorkbookIsCalledExcel()
    {
        static byte[] Zip(string entry)
        {
            using var buffer = new MemoryStream();
            using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("社員番号,氏名");
            }

            return buffer.ToArray();
        }

        var archive = await Assert.ThrowsAsync<CsvFileRejectedException>(() => Reader().OpenAsync(new MemoryStream(Zip("employees.csv"))));
        var workbook = await Assert.ThrowsAsync<CsvFileRejectedException>(() => Reader().OpenAsync(new MemoryStream(Zip("xl/workbook.xml"))));

        Assert.Contains("ZIP", archive.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Excel", archive.Message, StringComparison.Ordinal);
        Assert.Contains("Excel", workbook.Message, StringComparison.Ordinal);
    }

    private ICsvFileReader Reader() => factory.Services.GetRequiredService<ICsvFileReader>();
}
