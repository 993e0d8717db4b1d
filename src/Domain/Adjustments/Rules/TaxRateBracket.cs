namespace YearEndAdjustment.Domain.Adjustments.Rules;

// One row of 「年末調整のための算出所得税額の速算表」: taxable income up to UpTo is taxed at
// RatePercent minus Subtraction.
public readonly record struct TaxRateBracket(long UpTo, int RatePercent, long Subtraction);
