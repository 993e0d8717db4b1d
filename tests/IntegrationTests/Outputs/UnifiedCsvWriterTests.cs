using System.Runtime.CompilerServices;
using System.Text;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Infrastructure.Outputs.UnifiedCsv;
using YearEndAdjustment.Tests.Outputs;

namespace YearEndAdjustment.IntegrationTests.Outputs;

// Golden files, byte for byte: Shift_JIS, CRLF, no header, the year's column count. A missing golden file is written
// from the current output and the test fails, so a new golden file is always looked at before it is committed.
public sealed class UnifiedCsvWriterTests
{
    private static readonly Encoding ShiftJis = CodePages();

    private readonly UnifiedCsvWriter _writer = new();

    [Theory]
    [InlineData(2024, 144)]
    [InlineData(2025, 147)]
    [InlineData(2026, 147)]
    public async Task Write_MatchesTheGoldenFile(int year, int columns)
    {
        var (bytes, _) = await WriteAsync(year, Entries(year));

        var golden = GoldenPath(year);
        if (!File.Exists(golden))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            await File.WriteAllBytesAsync(golden, bytes);
            Assert.Fail($"Golden file {golden} was missing and has been written; review it and run again.");
        }

        Assert.Equal(await File.ReadAllBytesAsync(golden), bytes);
        var text = ShiftJis.GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var records = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(records, r => Assert.Equal(columns, r.Split(',').Length));
        Assert.All(records, r => Assert.StartsWith("315,", r, StringComparison.Ordinal));
        Assert.DoesNotContain('\t', text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_2025_FillsKanaEraDatesSpecificRelativesAndCreationKind()
    {
        var (bytes, summary) = await WriteAsync(2025, Entries(2025));
        var records = ShiftJis.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToArray();
        var first = records[0];

        Assert.Equal("07", first[10]);
        Assert.Equal("ｻﾄｳ ｹﾝ", first[136]);
        Assert.Equal("2002", first[137]);
        Assert.Equal("131016", first[138]);
        Assert.Equal(["1", "58", "11", "20"], first[43..47]);
        Assert.Equal("1", first[143]);
        Assert.Equal(SlipSamples.Year2025().Result.SpecificRelativeDeduction.ToString(), first[144]);
        Assert.Equal("ｻﾄｳ ﾏﾅﾌﾞ", first[99]);
        Assert.Equal("2", first[146]);

        // The leaver (2,700,000 > 2,500,000) goes to the tax office too; the low earner to the municipality only.
        Assert.Equal("2", records[1][146]);
        Assert.Equal(["2", "07", "09", "30"], records[1][59..63]);
        Assert.Equal("1", records[2][146]);

        Assert.Equal(3, summary.Records);
        var chiyoda = Assert.Single(summary.Municipalities, m => m.MunicipalityCode == "131016");
        Assert.Equal(2, chiyoda.Employees);
        Assert.Equal(2, summary.Municipalities.Count);
    }

    [Fact]
    public async Task Write_CarriesMyNumbersOnlyWhenGiven()
    {
        var source = SlipSamples.Year2024();
        var slip = WithholdingSlipBuilder.Build(source);
        var numbers = new SlipMyNumbers("123456789018", new Dictionary<Guid, string> { [slip.Dependants[0].EntryId] = "987654321098" });

        var (without, _) = await WriteAsync(2024, [new UnifiedCsvEntry(slip, "131016", null, false, null)]);
        var (with, _) = await WriteAsync(2024, [new UnifiedCsvEntry(slip, "131016", null, false, numbers)]);

        var withoutText = ShiftJis.GetString(without);
        Assert.DoesNotContain("123456789018", withoutText, StringComparison.Ordinal);
        Assert.DoesNotContain("987654321098", withoutText, StringComparison.Ordinal);
        var fields = ShiftJis.GetString(with).TrimEnd('\r', '\n').Split(',');
        Assert.Equal("123456789018", fields[94]);
        Assert.Equal("987654321098", fields[102]);
    }

    [Fact]
    public async Task Write_NeutralisesCommasTabsAndWidensAddressDigits()
    {
        var source = SlipSamples.Year2024();
        var slip = WithholdingSlipBuilder.Build(source) with
        {
            Recipient = WithholdingSlipBuilder.Build(source).Recipient with { Address = "東京都港区1-2-3,\tA棟" },
        };

        var (bytes, _) = await WriteAsync(2024, [new UnifiedCsvEntry(slip, "131032", null, false, null)]);

        var fields = ShiftJis.GetString(bytes).TrimEnd('\r', '\n').Split(',');
        Assert.Equal(144, fields.Length);
        Assert.Equal("東京都港区１－２－３，　Ａ棟", fields[11]);
    }

    private async Task<(byte[] Bytes, UnifiedCsvSummary Summary)> WriteAsync(int year, IEnumerable<UnifiedCsvEntry> entries)
    {
        var header = new UnifiedCsvHeader(SlipSamples.Payer, year, "0123456789", "001", "1234567890123");
        using var stream = new MemoryStream();
        var summary = await _writer.WriteAsync(header, ToAsync(entries), stream, CancellationToken.None);
        return (stream.ToArray(), summary);
    }

    private static IEnumerable<UnifiedCsvEntry> Entries(int year)
    {
        switch (year)
        {
            case 2024:
                yield return new UnifiedCsvEntry(WithholdingSlipBuilder.Build(SlipSamples.Year2024()), "131016", "000123", false, null);
                break;
            case 2025:
                yield return new UnifiedCsvEntry(WithholdingSlipBuilder.Build(SlipSamples.Year2025()), "131016", null, false, null);
                yield return new UnifiedCsvEntry(WithholdingSlipBuilder.Build(SlipSamples.Leaver2025()), "131016", null, false, null);
                var low = SlipSamples.Year2025();
                var payroll = low.Payroll with { SalaryPaid = 3_000_000, TaxWithheld = 50_000 };
                yield return new UnifiedCsvEntry(
                    WithholdingSlipBuilder.Build(SlipSamples.Source(low.Employee, low.Forms, payroll, 2025)), "271004", null, false, null);
                break;
            default:
                yield return new UnifiedCsvEntry(WithholdingSlipBuilder.Build(SlipSamples.Year2026()), "141003", null, false, null);
                break;
        }
    }

    private static async IAsyncEnumerable<UnifiedCsvEntry> ToAsync(IEnumerable<UnifiedCsvEntry> entries, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        await Task.CompletedTask;
    }

    private static string GoldenPath(int year, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", $"unified-{year}.csv");

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }
}
