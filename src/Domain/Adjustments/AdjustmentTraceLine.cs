namespace YearEndAdjustment.Domain.Adjustments;

// One line of the readable trace: what was computed, from what, under which rule.
public sealed record AdjustmentTraceLine(AdjustmentStep Step, long Amount, IReadOnlyList<TraceInput> Inputs, string Rule);
