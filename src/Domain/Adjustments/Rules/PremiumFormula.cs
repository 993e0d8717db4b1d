namespace YearEndAdjustment.Domain.Adjustments.Rules;

// The stepped premium formula shared by the life-insurance (所得税法76条) and old long-term non-life
// (所得税法77条, 旧長期損害保険料) deductions: full premium, then half plus an addition, then a quarter plus an
// addition, then a fixed cap. The NTA tables round the halved/quartered premium up to the yen (1円未満切上げ).
public sealed class PremiumFormula
{
    public PremiumFormula(long fullUpTo, long halfUpTo, long halfAddition, long quarterUpTo, long quarterAddition, long cap)
    {
        if (fullUpTo <= 0 || halfUpTo < fullUpTo || quarterUpTo < halfUpTo || cap <= 0)
        {
            throw new ArgumentException("Premium formula bounds must be positive and ascending.");
        }

        FullUpTo = fullUpTo;
        HalfUpTo = halfUpTo;
        HalfAddition = halfAddition;
        QuarterUpTo = quarterUpTo;
        QuarterAddition = quarterAddition;
        Cap = cap;
    }

    public long FullUpTo { get; }

    public long HalfUpTo { get; }

    public long HalfAddition { get; }

    public long QuarterUpTo { get; }

    public long QuarterAddition { get; }

    public long Cap { get; }

    public long Apply(long premium)
    {
        if (premium <= FullUpTo)
        {
            return premium;
        }

        if (premium <= HalfUpTo)
        {
            return ((premium + 1) / 2) + HalfAddition;
        }

        if (premium <= QuarterUpTo)
        {
            return ((premium + 3) / 4) + QuarterAddition;
        }

        return Cap;
    }
}
