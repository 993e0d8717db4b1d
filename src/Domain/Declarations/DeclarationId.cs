namespace YearEndAdjustment.Domain.Declarations;

/// <summary>
/// A declaration's id (UUID v7, so ids sort by creation). Comparable so that batch reads can select a key range
/// (<c>Id &gt;= first &amp;&amp; Id &lt;= last</c>), which the database answers from its index. In SQL the database's
/// own order applies (SQL Server sorts uniqueidentifier differently), so range ends must come from a SQL ORDER BY.
/// </summary>
public readonly record struct DeclarationId(Guid Value) : IComparable<DeclarationId>
{
    public static DeclarationId New() => new(Guid.CreateVersion7());

    public static bool operator <(DeclarationId left, DeclarationId right) => left.CompareTo(right) < 0;

    public static bool operator >(DeclarationId left, DeclarationId right) => left.CompareTo(right) > 0;

    public static bool operator <=(DeclarationId left, DeclarationId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DeclarationId left, DeclarationId right) => left.CompareTo(right) >= 0;

    public int CompareTo(DeclarationId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString();
}
