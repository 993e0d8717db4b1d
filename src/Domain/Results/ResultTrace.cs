using System.Buffers;
using System.Text;
using System.Text.Json;
using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Domain.Results;

/// <summary>
/// The calculator's trace as stored with a result: per line the step code, its amount and the figures it used
/// (<c>[{"code":"salary_total","amount":5000000,"inputs":{"salaryPaid":5000000}}]</c>). Labels and the rule are the
/// step's own (<see cref="AdjustmentSteps"/>), looked up by code when shown, so they are not repeated per row.
/// </summary>
public static class ResultTrace
{
    public static string Serialize(IReadOnlyList<AdjustmentTraceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var line in lines)
            {
                json.WriteStartObject();
                json.WriteString("code", line.Step.Code);
                json.WriteNumber("amount", line.Amount);
                json.WriteStartObject("inputs");
                foreach (var input in line.Inputs)
                {
                    json.WriteNumber(input.Name, input.Value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<StoredTraceLine> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var lines = new List<StoredTraceLine>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var inputs = element.GetProperty("inputs").EnumerateObject().Select(p => new TraceInput(p.Name, p.Value.GetInt64())).ToList();
            lines.Add(new StoredTraceLine(element.GetProperty("code").GetString() ?? "", element.GetProperty("amount").GetInt64(), inputs));
        }

        return lines;
    }
}

/// <summary>One stored trace line: step code, amount, inputs.</summary>
public sealed record StoredTraceLine(string Code, long Amount, IReadOnlyList<TraceInput> Inputs);
