using System.Text.Json;
using YearEndAdjustment.Web.Cli;

namespace YearEndAdjustment.IntegrationTests.Cli;

// The calc command in-process, on the examples documented in docs/calc-json.md and on each kind of bad input.
public sealed class CalcCommandTests
{
    private static readonly string ExamplesDirectory = Path.Combine(RepositoryRoot(), "docs", "calc-examples");

    [Theory]
    [InlineData("2024", "--no-trace")]
    [InlineData("2025", "--no-trace")]
    [InlineData("2026", null)]
    public void Run_DocumentedExample_PrintsTheDocumentedOutput(string year, string? option)
    {
        var args = option is null ? new[] { ExamplePath($"{year}.json") } : [ExamplePath($"{year}.json"), option];

        var (exitCode, stdout, stderr) = Run(args);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(File.ReadAllText(ExamplePath($"{year}.output.json")).ReplaceLineEndings("\n"), stdout);
    }

    [Theory]
    // tax-rules.md §16 Examples 9 (2024), 6 (2025) and 1 (2026): the NTA 2026 設例 inputs under each year's rules.
    [InlineData(2024, 7_020_000, 47_000, 4_276_102, 2_696_000, 172_100, 76_500, 120_000, 0, -156_670)]
    [InlineData(2025, 7_020_000, 47_000, 4_786_102, 2_186_000, 121_100, 76_500, 0, 45_500, -111_170)]
    [InlineData(2026, 7_020_000, 47_000, 4_826_102, 2_146_000, 117_100, 76_500, 0, 41_400, -115_270)]
    public void Run_DocumentedExample_ReproducesTheWorkedExampleFigures(
        int year, long employmentIncome, long incomeAdjustment, long totalDeductions, long taxable, long computedTax,
        long housingCredit, long flatTaxCut, long annualTax, long difference)
    {
        var (exitCode, stdout, _) = Run([ExamplePath($"{year}.json")]);

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal(year, root.GetProperty("taxYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("notAdjusted").ValueKind);
        Assert.Equal(employmentIncome, root.GetProperty("employmentIncome").GetInt64());
        Assert.Equal(incomeAdjustment, root.GetProperty("incomeAdjustmentDeduction").GetInt64());
        Assert.Equal(totalDeductions, root.GetProperty("totalDeductions").GetInt64());
        Assert.Equal(taxable, root.GetProperty("taxableIncome").GetInt64());
        Assert.Equal(computedTax, root.GetProperty("computedTax").GetInt64());
        Assert.Equal(housingCredit, root.GetProperty("housingLoanCredit").GetInt64());
        Assert.Equal(flatTaxCut, root.GetProperty("flatTaxCut").GetInt64());
        Assert.Equal(annualTax, root.GetProperty("annualTax").GetInt64());
        Assert.Equal(156_670, root.GetProperty("withheldTax").GetInt64());
        Assert.Equal(difference, root.GetProperty("difference").GetInt64());
        Assert.Equal("difference", root.GetProperty("trace").EnumerateArray().Last().GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2025")]
    [InlineData("2026")]
    public void Run_DocumentedExample_IsQuotedVerbatimInCalcJsonMd(string year)
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "calc-json.md")).ReplaceLineEndings("\n");

        Assert.Contains(File.ReadAllText(ExamplePath($"{year}.json")).ReplaceLineEndings("\n"), document, StringComparison.Ordinal);
        Assert.Contains(File.ReadAllText(ExamplePath($"{year}.output.json")).ReplaceLineEndings("\n"), document, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InputOnStandardInput_GivesTheSameOutputAsTheFile()
    {
        var fromFile = Run([ExamplePath("2026.json")]);
        var fromStdin = Run(["-"], File.ReadAllText(ExamplePath("2026.json")));

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }

    [Fact]
    public void Run_NoTraceOption_WritesNullTrace()
    {
        var (exitCode, stdout, _) = Run(["-", "--no-trace"], """{ "taxYear": 2026, "salaryPaid": 5000000, "taxWithheld": 120000, "socialInsuranceWithheld": 720000 }""");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("trace").ValueKind);
        // tax-rules.md §16 Example 2.
        Assert.Equal(-28_200, document.RootElement.GetProperty("difference").GetInt64());
    }

    [Fact]
    public void Run_SalaryOverTwentyMillion_ReportsNotAdjustedWithoutComputing()
    {
        var (exitCode, stdout, stderr) = Run(["-"], """{ "taxYear": 2025, "salaryPaid": 20000001, "taxWithheld": 4000000 }""");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal("salary_over_ceiling", root.GetProperty("notAdjusted").GetProperty("code").GetString());
        Assert.Contains("2,000万円", root.GetProperty("notAdjusted").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("annualTax").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("difference").ValueKind);
        Assert.Equal("not_adjusted", root.GetProperty("trace").EnumerateArray().Last().GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": -1, "taxWithheld": 0 }""", "salaryPaid", "adjustment.negative_amount")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0, "lifeInsurance": { "oldPension": -3 } }""", "lifeInsurance.oldPension", "adjustment.negative_amount")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0, "spouse": { "birthDate": "1980-01-01", "totalIncome": -1 } }""", "spouse.totalIncome", "adjustment.negative_amount")]
    [InlineData("""{ "taxYear": 2025, "salaryPaid": 1, "taxWithheld": 0, "relatives": [ { "birthDate": "2026-01-01", "totalIncome": 0 } ] }""", "relatives[0].birthDate", "adjustment.born_after_reference_date")]
    [InlineData("""{ "taxYear": 2023, "salaryPaid": 1, "taxWithheld": 0 }""", "taxYear", "adjustment.unsupported_tax_year")]
    [InlineData("""{ "taxYear": 2027, "salaryPaid": 1, "taxWithheld": 0 }""", "taxYear", "adjustment.unsupported_tax_year")]
    [InlineData("""{ "taxYear": 2026, "taxWithheld": 0 }""", "salaryPaid", "is required")]
    [InlineData("""{ "salaryPaid": 1, "taxWithheld": 0 }""", "taxYear", "is required")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1 }""", "taxWithheld", "is required")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0, "relatives": [ { "birthDate": "2010-01-01" } ] }""", "relatives[0].totalIncome", "is required")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0, "spouse": { "totalIncome": 0 } }""", "spouse.birthDate", "is required")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0""", "$", "malformed JSON")]
    [InlineData("", "$", "malformed JSON")]
    [InlineData("null", "$", "an input object is required")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1.5, "taxWithheld": 0 }""", "$.salaryPaid", "wrong type or format")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": "100", "taxWithheld": 0 }""", "$.salaryPaid", "wrong type or format")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0, "spouse": { "birthDate": "1990-13-01", "totalIncome": 0 } }""", "$.spouse.birthDate", "wrong type or format")]
    [InlineData("""{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0, "disability": "severe" }""", "$.disability", "wrong type or format")]
    [InlineData("""{ "taxYear": 2026, "salaryPayd": 1, "taxWithheld": 0 }""", "$.salaryPayd", "unknown field")]
    public void Run_BadInput_ExitsTwoNamingTheField(string json, string field, string reason)
    {
        var (exitCode, stdout, stderr) = Run(["-"], json);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"calc: {field}", stderr, StringComparison.Ordinal);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"calc-missing-{Guid.NewGuid():N}.json");

        var (exitCode, _, stderr) = Run([path]);

        Assert.Equal(2, exitCode);
        Assert.Contains(path, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.json b.json")]
    [InlineData("--verbose")]
    public void Run_WrongArguments_ExitsTwoWithUsage(string commandLine)
    {
        var (exitCode, stdout, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("usage: calc", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Jsonl_ComputesGoodLinesInOrderAndNamesEachBadLine()
    {
        var example2026 = File.ReadAllText(ExamplePath("2026.json")).ReplaceLineEndings(" ");
        var lines = new[]
        {
            """{ "taxYear": 2026, "salaryPaid": 5000000, "taxWithheld": 120000, "socialInsuranceWithheld": 720000 }""",
            """{ "taxYear": 2026, "salaryPayd": 1, "taxWithheld": 0 }""",
            "",
            example2026,
            "   ",
            """{ "taxYear": 2023, "salaryPaid": 1, "taxWithheld": 0 }""",
            """{ "taxYear": 2026, "salaryPaid": 1, "taxWithheld": 0""",
            """{ "taxYear": 2025, "salaryPaid": 20000001, "taxWithheld": 4000000 }""",
        };
        var path = Path.Combine(Path.GetTempPath(), $"calc-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        try
        {
            var (exitCode, stdout, stderr) = Run(["--jsonl", path, "--no-trace"]);

            Assert.Equal(2, exitCode);
            var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, results.Length);
            // tax-rules.md §16 Example 2, then Example 1 (the documented 2026 example), then a not-adjusted line.
            Assert.Equal(-28_200, Parse(results[0]).GetProperty("difference").GetInt64());
            Assert.Equal(-115_270, Parse(results[1]).GetProperty("difference").GetInt64());
            Assert.Equal("salary_over_ceiling", Parse(results[2]).GetProperty("notAdjusted").GetProperty("code").GetString());
            Assert.All(results, result => Assert.Equal(JsonValueKind.Null, Parse(result).GetProperty("trace").ValueKind));

            var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, errors.Length);
            Assert.StartsWith("line 2: $.salaryPayd: unknown field", errors[0], StringComparison.Ordinal);
            Assert.StartsWith("line 6: taxYear", errors[1], StringComparison.Ordinal);
            Assert.Contains("adjustment.unsupported_tax_year", errors[1], StringComparison.Ordinal);
            Assert.StartsWith("line 7: $", errors[2], StringComparison.Ordinal);
            Assert.Contains("malformed JSON", errors[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_JsonlAllGood_ExitsZeroWithTheSameFiguresAsSingleDocuments()
    {
        var documents = new[] { "2024", "2025", "2026" }.Select(year => File.ReadAllText(ExamplePath($"{year}.json"))).ToArray();
        var jsonl = string.Join("\r\n", documents.Select(document => document.ReplaceLineEndings(" ")));

        var (exitCode, stdout, stderr) = Run(["--jsonl", "-"], jsonl);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(documents.Length, results.Length);
        for (var i = 0; i < documents.Length; i++)
        {
            var single = Run(["-"], documents[i]).Stdout;
            Assert.Equal(Compact(single), results[i]);
        }
    }

    [Fact]
    public void Run_JsonlMissingFile_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"calc-missing-{Guid.NewGuid():N}.jsonl");

        var (exitCode, stdout, stderr) = Run(["--jsonl", path]);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(path, stderr, StringComparison.Ordinal);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Web.Cli.Calc.CalcJson.LineOptions);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyList<string> args, string stdin = "")
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        output.NewLine = "\n";
        error.NewLine = "\n";

        var exitCode = CalcCommand.Run(args, input, output, error);

        return (exitCode, output.ToString(), error.ToString());
    }

    private static string ExamplePath(string fileName) => Path.Combine(ExamplesDirectory, fileName);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "docs", "calc-examples")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("docs/calc-examples not found above the test output directory.");
    }
}
