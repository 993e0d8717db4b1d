namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>
/// Identity of an employee; declarations and results refer to it. Comparable so that a batch over employees can read
/// a key range (<c>EmployeeId &gt;= first &amp;&amp; EmployeeId &lt;= last</c>) from an index instead of binding an
/// IN list of thousands of parameters (ADR 0055). In SQL the database's own order applies (SQL Server sorts
/// uniqueidentifier differently), so range ends must come from a SQL ORDER BY, as for <c>DeclarationId</c>.
/// </summary>
public readonly record struct EmployeeId(Guid Value) : IComparable<EmployeeId>
{
    /// <summary>A new time-ordered identity.</summary>
    public static EmployeeId New() => new(Guid.CreateVersion7());

    public static bool operator <(EmployeeId left, EmployeeId right) => left.CompareTo(right) < 0;

    public static bool operator >(EmployeeId left, EmployeeId right) => left.CompareTo(right) > 0;

    public static bool operator <=(EmployeeId left, EmployeeId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(EmployeeId left, EmployeeId right) => left.CompareTo(right) >= 0;

    public int CompareTo(EmployeeId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
