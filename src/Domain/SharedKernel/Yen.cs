namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>An amount in whole yen. Tax arithmetic is integer only: binary floating point floors wrongly.</summary>
public readonly record struct Yen(long Value) : IComparable<Yen>
{
    /// <summary>Zero yen.</summary>
    public static readonly Yen Zero = new(0);

    /// <summary>Adds two amounts.</summary>
    public static Yen operator +(Yen a, Yen b) => new(checked(a.Value + b.Value));

    /// <summary>Subtracts two amounts.</summary>
    public static Yen operator -(Yen a, Yen b) => new(checked(a.Value - b.Value));

    /// <summary>Orders amounts.</summary>
    public static bool operator <(Yen a, Yen b) => a.Value < b.Value;

    /// <summary>Orders amounts.</summary>
    public static bool operator >(Yen a, Yen b) => a.Value > b.Value;

    /// <summary>Orders amounts.</summary>
    public static bool operator <=(Yen a, Yen b) => a.Value <= b.Value;

    /// <summary>Orders amounts.</summary>
    public static bool operator >=(Yen a, Yen b) => a.Value >= b.Value;

    /// <inheritdoc />
    public int CompareTo(Yen other) => Value.CompareTo(other.Value);

    /// <summary>Formats as Japanese currency text, e.g. 1,234円.</summary>
    public override string ToString() => $"{Value:#,0}円";
}
