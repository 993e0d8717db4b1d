namespace YearEndAdjustment.Domain.Adjustments.Rules;

// An income-keyed deduction table. Rows are ascending by upper bound; an income above the last row gets 0,
// which is how every NTA deduction table ends ("… 円超 — 0").
public sealed class BracketTable
{
    private readonly Bracket[] _rows;

    public BracketTable(params Bracket[] rows)
    {
        if (rows.Length == 0)
        {
            throw new ArgumentException("A bracket table needs at least one row.", nameof(rows));
        }

        for (var i = 1; i < rows.Length; i++)
        {
            if (rows[i].UpTo <= rows[i - 1].UpTo)
            {
                throw new ArgumentException("Bracket rows must ascend by upper bound.", nameof(rows));
            }
        }

        _rows = (Bracket[])rows.Clone();
    }

    public ReadOnlySpan<Bracket> Rows => _rows;

    public long MaxIncome => _rows[^1].UpTo;

    public long Lookup(long income)
    {
        foreach (var row in _rows)
        {
            if (income <= row.UpTo)
            {
                return row.Amount;
            }
        }

        return 0;
    }
}
