namespace YearEndAdjustment.Domain.Adjustments.Rules;

// 給与所得控除後の給与等の金額. Below 6,600,000 the year-end adjustment must use the NTA table
// 「年末調整等のための給与所得控除後の給与等の金額の表」 (所得税法190条, 別表第五), not the formula; the table is
// generated here from its construction rules (tax-rules.md §4.2) so that only the parameters are data:
// zero zone, exact zone (salary − minimum, 1-yen steps), hard-coded transition rows, then 4,000-yen rows whose
// value is the formula at the row's lower bound. From 6,600,000 the formula applies directly (1-yen floor).
public sealed class EmploymentIncomeTable
{
    public const long BandWidth = 4_000;
    public const long TableEnd = 6_600_000;

    private readonly EmploymentIncomeTableRow[] _rows;
    private readonly EmploymentIncomeSegment[] _segments;
    private readonly int _transitionRowCount;

    public EmploymentIncomeTable(
        long minimumDeduction,
        long zeroBelow,
        long exactUntil,
        IReadOnlyList<EmploymentIncomeTableRow> transitionRows,
        long bandStart,
        IReadOnlyList<EmploymentIncomeSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(transitionRows);
        ArgumentNullException.ThrowIfNull(segments);
        if (zeroBelow <= minimumDeduction || exactUntil < zeroBelow || bandStart < exactUntil || bandStart % BandWidth != 0)
        {
            throw new ArgumentException("Employment-income table zones are inconsistent.");
        }

        if (segments.Count == 0 || segments[0].SalaryFrom > bandStart)
        {
            throw new ArgumentException("The formula segments must cover the 4,000-yen rows.", nameof(segments));
        }

        MinimumDeduction = minimumDeduction;
        ZeroBelow = zeroBelow;
        ExactUntil = exactUntil;
        BandStart = bandStart;
        _segments = [.. segments];
        _transitionRowCount = transitionRows.Count;

        var rows = new List<EmploymentIncomeTableRow>(transitionRows.Count + (int)((TableEnd - bandStart) / BandWidth));
        var expectedFrom = exactUntil;
        foreach (var row in transitionRows)
        {
            if (row.From != expectedFrom || row.To <= row.From)
            {
                throw new ArgumentException("Transition rows must be contiguous from the end of the exact zone.", nameof(transitionRows));
            }

            rows.Add(row);
            expectedFrom = row.To;
        }

        if (expectedFrom != bandStart)
        {
            throw new ArgumentException("Transition rows must end where the 4,000-yen rows start.", nameof(transitionRows));
        }

        for (var from = bandStart; from < TableEnd; from += BandWidth)
        {
            rows.Add(new EmploymentIncomeTableRow(from, from + BandWidth, Formula(from)));
        }

        _rows = [.. rows];
    }

    public long MinimumDeduction { get; }

    public long ZeroBelow { get; }

    public long ExactUntil { get; }

    public long BandStart { get; }

    public ReadOnlySpan<EmploymentIncomeTableRow> Rows => _rows;

    public long Lookup(long salary)
    {
        if (salary < ZeroBelow)
        {
            return 0;
        }

        if (salary < ExactUntil)
        {
            return salary - MinimumDeduction;
        }

        if (salary < TableEnd)
        {
            return FindRow(salary).Value;
        }

        return Formula(salary);
    }

    public EmploymentIncomeTableRow FindRow(long salary)
    {
        if (salary < ExactUntil || salary >= TableEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(salary), "Only salaries inside the printed rows have a row.");
        }

        if (salary >= BandStart)
        {
            return _rows[_transitionRowCount + (int)((salary - BandStart) / BandWidth)];
        }

        for (var i = 0; i < _transitionRowCount; i++)
        {
            if (salary < _rows[i].To)
            {
                return _rows[i];
            }
        }

        throw new InvalidOperationException("Transition rows do not cover the salary.");
    }

    private long Formula(long salary)
    {
        var segment = _segments[0];
        for (var i = 1; i < _segments.Length && _segments[i].SalaryFrom <= salary; i++)
        {
            segment = _segments[i];
        }

        return segment.Apply(salary);
    }
}
