namespace YearEndAdjustment.Domain.Adjustments;

// A named figure a trace step used: an amount in yen, a count of persons, or a flag as 0/1.
public readonly record struct TraceInput(string Name, long Value);
