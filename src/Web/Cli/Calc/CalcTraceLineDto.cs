namespace YearEndAdjustment.Web.Cli.Calc;

public sealed record CalcTraceLineDto(
    string Code,
    string LabelJa,
    string LabelEn,
    long Amount,
    IReadOnlyDictionary<string, long> Inputs,
    string Rule);
