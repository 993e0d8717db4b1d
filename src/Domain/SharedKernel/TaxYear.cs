namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>A calendar tax year (年分); 令和7年分 is 2025.</summary>
public readonly record struct TaxYear
{
    /// <summary>Creates a tax year, refusing values outside any plausible range.</summary>
    public TaxYear(int value)
    {
        if (value is < 2000 or > 2100)
        {
            throw new DomainRuleViolationException("tax_year.out_of_range", new RuleMessage("tax_year.out_of_range", "年分 {0} は扱えません。").With(value));
        }

        Value = value;
    }

    /// <summary>The Gregorian year.</summary>
    public int Value { get; }

    /// <summary>The year in the Japanese era, e.g. 令和7年分 (Reiwa began in 2019, Heisei in 1989).</summary>
    public string ToJapaneseEra() => Value >= 2019 ? $"令和{Value - 2018}年分" : $"平成{Value - 1988}年分";

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
