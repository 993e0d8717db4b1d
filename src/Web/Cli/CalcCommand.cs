using System.Text.Json;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Cli.Calc;

namespace YearEndAdjustment.Web.Cli;

// `calc INPUT.json` (or `-` for standard input): one employee's year-end adjustment as JSON on standard output.
// `calc --jsonl INPUT.jsonl` (or `-`): one input document per line, one compact result per line, streamed.
// Exit codes: 0 computed (including "not adjusted" results), 2 unusable input or arguments (in bulk: any line).
public static class CalcCommand
{
    public const int Success = 0;
    public const int BadInput = 2;

    private const string Usage = "usage: calc <INPUT.json | -> [--no-trace]\n"
        + "       calc --jsonl <INPUT.jsonl | -> [--no-trace]   (see docs/calc-json.md)";

    public static int Run(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (args is ["--help" or "-h"])
        {
            stdout.WriteLine(Usage);
            return Success;
        }

        var includeTrace = !args.Contains("--no-trace");
        var bulk = args.Contains("--jsonl");
        var sources = args.Where(arg => arg is not "--no-trace" and not "--jsonl").ToArray();
        if (sources.Length != 1 || (sources[0].StartsWith('-') && sources[0] != "-"))
        {
            stderr.WriteLine(Usage);
            return BadInput;
        }

        TextReader reader;
        try
        {
            reader = sources[0] == "-" ? stdin : OpenFile(sources[0], bulk);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(stderr, $"input file not found: {sources[0]}");
        }

        try
        {
            return bulk
                ? RunLines(reader, includeTrace, stdout, stderr)
                : RunDocument(reader.ReadToEnd(), includeTrace, stdout, stderr);
        }
        finally
        {
            if (!ReferenceEquals(reader, stdin))
            {
                reader.Dispose();
            }
        }
    }

    private static StreamReader OpenFile(string path, bool bulk) =>
        bulk ? new StreamReader(path, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan })
            : File.OpenText(path);

    private static int RunDocument(string json, bool includeTrace, TextWriter stdout, TextWriter stderr)
    {
        if (TryCompute(json, includeTrace, CalcJson.Options, out var output, out var error))
        {
            stdout.WriteLine(output);
            return Success;
        }

        return Fail(stderr, error);
    }

    // Streams: one line in memory at a time, results written in input order as each line is computed. A bad line
    // goes to standard error only, so standard output stays a clean JSONL file of the good lines.
    private static int RunLines(TextReader reader, bool includeTrace, TextWriter stdout, TextWriter stderr)
    {
        var exitCode = Success;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryCompute(line, includeTrace, CalcJson.LineOptions, out var output, out var error))
            {
                stdout.WriteLine(output);
            }
            else
            {
                stderr.WriteLine($"line {lineNumber}: {error}");
                exitCode = BadInput;
            }
        }

        return exitCode;
    }

    private static bool TryCompute(
        string json, bool includeTrace, JsonSerializerOptions outputOptions, out string output, out string error)
    {
        output = string.Empty;
        error = string.Empty;
        try
        {
            var dto = JsonSerializer.Deserialize<CalcInputDto>(json, CalcJson.Options);
            var input = CalcInputMapper.ToInput(dto);
            var result = AdjustmentCalculator.Calculate(input, includeTrace);
            output = JsonSerializer.Serialize(CalcResultMapper.ToDto(result, includeTrace), outputOptions);
            return true;
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased && outputOptions.WriteIndented ? $" (line {zeroBased + 1})" : string.Empty;
            error = $"{exception.Path ?? "$"}: {Describe(exception)}{line}";
        }
        catch (CalcInputException exception)
        {
            error = exception.Message;
        }
        catch (DomainRuleViolationException exception)
        {
            error = $"{exception.Message} [{exception.Code}]";
        }

        return false;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"calc: {message}");
        return BadInput;
    }

    // System.Text.Json names .NET types in its messages; say what the document should contain instead.
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "unknown field (names are camelCase, see docs/calc-json.md)";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return "wrong type or format (amounts are whole yen as JSON integers, dates YYYY-MM-DD, flags true/false, "
                + "choices as listed in docs/calc-json.md)";
        }

        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return "malformed JSON: " + (end > 0 ? message[..end] : message);
    }
}
