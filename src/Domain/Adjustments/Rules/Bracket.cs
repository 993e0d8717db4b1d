namespace YearEndAdjustment.Domain.Adjustments.Rules;

// One row of an income-keyed table: applies to incomes up to and including UpTo
// (NTA tables print "… 円超 … 円以下", so the upper bound is inclusive).
public readonly record struct Bracket(long UpTo, long Amount);
