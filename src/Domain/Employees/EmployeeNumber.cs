using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// 社員番号, the key every HR and payroll product joins on. A string, never a number: leading zeros matter. Half-width
/// letters, digits, hyphen and underscore (the set マネーフォワード and freee accept), at most 20 characters.
/// </summary>
public sealed partial record EmployeeNumber : IComparable<EmployeeNumber>
{
    public const int MaxLength = 20;

    public static readonly RuleMessage Required = new("employee.number_required", "社員番号を指定してください。");
    public static readonly RuleMessage Invalid = new(
        "employee.number_invalid", $"社員番号は半角英数字・ハイフン・アンダースコアの {MaxLength} 文字以内で指定してください。");

    private EmployeeNumber(string value) => Value = value;

    public string Value { get; }

    public static EmployeeNumber Create(string? value)
    {
        var problem = Check(value);
        if (problem is not null)
        {
            throw new DomainRuleViolationException("employee.number_invalid", problem);
        }

        return new EmployeeNumber(value!);
    }

    /// <summary>Null when valid, otherwise a user-facing reason.</summary>
    public static RuleMessage? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Required;
        }

        if (value.Length > MaxLength || !Pattern().IsMatch(value))
        {
            return Invalid;
        }

        return null;
    }

    public override string ToString() => Value;

    // Ordinal here; inside a query the database compares in its own collation, which is what key ranges taken from
    // its own ORDER BY need (ADR 0052).
    public int CompareTo(EmployeeNumber? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    public static bool operator <(EmployeeNumber left, EmployeeNumber right) => Compare(left, right) < 0;

    public static bool operator <=(EmployeeNumber left, EmployeeNumber right) => Compare(left, right) <= 0;

    public static bool operator >(EmployeeNumber left, EmployeeNumber right) => Compare(left, right) > 0;

    public static bool operator >=(EmployeeNumber left, EmployeeNumber right) => Compare(left, right) >= 0;

    private static int Compare(EmployeeNumber? left, EmployeeNumber? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
