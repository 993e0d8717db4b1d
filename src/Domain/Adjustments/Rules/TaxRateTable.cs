namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 所得税法89条 rates in the form of the year-end 速算表. Taxable income is a multiple of 1,000 yen, so every
// rate × income is a whole number of yen.
public sealed class TaxRateTable
{
    private readonly TaxRateBracket[] _rows;

    public TaxRateTable(params TaxRateBracket[] rows)
    {
        if (rows.Length == 0)
        {
            throw new ArgumentException("A rate table needs at least one row.", nameof(rows));
        }

        _rows = (TaxRateBracket[])rows.Clone();
    }

    public ReadOnlySpan<TaxRateBracket> Rows => _rows;

    public long Compute(long taxableIncome)
    {
        if (taxableIncome <= 0)
        {
            return 0;
        }

        // Above the last row the employee is outside the year-end adjustment; the salary ceiling already
        // keeps taxable income inside the table, so the last row is a safe fallback.
        var row = _rows[^1];
        foreach (var candidate in _rows)
        {
            if (taxableIncome <= candidate.UpTo)
            {
                row = candidate;
                break;
            }
        }

        return (taxableIncome * row.RatePercent / 100) - row.Subtraction;
    }
}
