using System.Text.Json;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Cli.Calc;

namespace YearEndAdjustment.Web.Cli;

// `calc INPUT.json` (or `-` for standard input): one employee's year-end adjustment as JSON on standard output.
// Exit codes: 0 computed (including "not adjusted" results), 2 unusable input or arguments.
public static class CalcCommand
{
    public const int Success = 0;
    public const int BadInput = 2;

    private const string Usage = "usage: calc <INPUT.json | -> [--no-trace]   (see docs/calc-json.md)";

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
        var sources = args.Where(arg => arg != "--no-trace").ToArray();
        if (sources.Length != 1 || (sources[0].StartsWith('-') && sources[0] != "-"))
        {
            stderr.WriteLine(Usage);
            return BadInput;
        }

        try
        {
            var json = sources[0] == "-" ? stdin.ReadToEnd() : File.ReadAllText(sources[0]);
            var dto = JsonSerializer.Deserialize<CalcInputDto>(json, CalcJson.Options);
            var input = CalcInputMapper.ToInput(dto);
            var result = AdjustmentCalculator.Calculate(input, includeTrace);
            stdout.WriteLine(JsonSerializer.Serialize(CalcResultMapper.ToDto(result, includeTrace), CalcJson.Options));
            return Success;
        }
        catch (FileNotFoundException)
        {
            return Fail(stderr, $"input file not found: {sources[0]}");
        }
        catch (DirectoryNotFoundException)
        {
            return Fail(stderr, $"input file not found: {sources[0]}");
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? $" (line {zeroBased + 1})" : string.Empty;
            return Fail(stderr, $"{exception.Path ?? "$"}: {Describe(exception)}{line}");
        }
        catch (CalcInputException exception)
        {
            return Fail(stderr, exception.Message);
        }
        catch (DomainRuleViolationException exception)
        {
            return Fail(stderr, $"{exception.Message} [{exception.Code}]");
        }
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
