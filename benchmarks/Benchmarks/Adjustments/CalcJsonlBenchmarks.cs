using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.Benchmarks.Adjustments;

// `calc --jsonl` on a 5,000-line file (issue 12 item 8: "all 5,000 lines of a large check take seconds"): read,
// parse, map, calculate, serialise, write, as the CLI does in one process. Output goes to a discarded stream so the
// console is not measured. Not sealed: BenchmarkDotNet derives from the class.
[MemoryDiagnoser]
public class CalcJsonlBenchmarks
{
    private const int Lines = 5_000;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"calc-bench-{Guid.NewGuid():N}.jsonl");

    [GlobalSetup]
    public void Setup() => WriteFile(_path, Lines);

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int WithTrace() => Run([ "--jsonl", _path ]);

    [Benchmark]
    public int WithoutTrace() => Run([ "--jsonl", _path, "--no-trace" ]);

    private static int Run(string[] args)
    {
        using var output = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
        var exitCode = CalcCommand.Run(args, TextReader.Null, output, TextWriter.Null);
        return exitCode == CalcCommand.Success ? exitCode : throw new InvalidOperationException("a benchmark line was refused");
    }

    // A mix like AdjustmentCalculatorBenchmarks': 2024–2026, spouses, children, parents, premiums, housing credit.
    public static void WriteFile(string path, int lines)
    {
        var random = new Random(20_261_206);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < lines; i++)
        {
            var year = 2024 + (i % 3);
            var salary = random.Next(1_500, 14_000) * 1_000L;
            var line = new StringBuilder(512);
            line.Append(CultureInfo.InvariantCulture,
                $$"""{"taxYear":{{year}},"salaryPaid":{{salary}},"taxWithheld":{{salary / 25}},"socialInsuranceWithheld":{{salary * 15 / 100}},""");
            line.Append(CultureInfo.InvariantCulture,
                $$"""
                "lifeInsurance":{"newGeneral":{{random.Next(0, 120_000)}},"careMedical":{{random.Next(0, 60_000)}},"newPension":{{random.Next(0, 100_000)}}},
                """);
            line.Append(CultureInfo.InvariantCulture, $$"""
                "earthquakePremium":{{(random.Next(3) == 0 ? random.Next(5_000, 60_000) : 0)}},
                """);
            line.Append(CultureInfo.InvariantCulture, $$"""
                "housingLoanCredit":{{(random.Next(3) == 0 ? random.Next(50, 3_000) * 100 : 0)}},
                """);
            if (random.Next(100) < 60)
            {
                line.Append(CultureInfo.InvariantCulture, $$"""
                    "spouse":{"birthDate":"{{year - random.Next(25, 75)}}-07-07","totalIncome":{{random.Next(0, 15) * 100_000}}},
                    """);
            }

            line.Append("\"relatives\":[");
            var children = random.Next(0, 4);
            for (var c = 0; c < children; c++)
            {
                var age = random.Next(0, 25);
                line.Append(CultureInfo.InvariantCulture, $$"""
                    {{(c > 0 ? "," : "")}}{"birthDate":"{{year - age}}-{{random.Next(1, 13):00}}-{{random.Next(1, 29):00}}","totalIncome":{{(age >= 19 ? random.Next(0, 13) * 100_000 : 0)}},"isChild":true}
                    """);
            }

            line.Append("]}");
            writer.WriteLine(line.ToString());
        }
    }
}
