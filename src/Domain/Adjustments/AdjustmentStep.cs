namespace YearEndAdjustment.Domain.Adjustments;

// A step of the calculation as the trace names it. Code is stable: clients, tests and documents match on it.
public sealed record AdjustmentStep(string Code, string LabelJa, string LabelEn, string Rule);
