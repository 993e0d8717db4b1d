using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>
/// 法人番号 (番号法 39条): 13 digits, the first a check digit over the 12-digit base (法人番号の指定等に関する省令 2条:
/// 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the base, Qn = 1 for odd n and 2 for even n).
/// </summary>
public static partial class CorporateNumber
{
    public const int Length = 13;

    public static readonly RuleMessage Invalid = new("settings.corporate_number_invalid", "法人番号は検査用数字を含む13桁の数字で入力してください。");

    public static RuleMessage? Check(string? number) =>
        string.IsNullOrEmpty(number) ? null
        : !Pattern().IsMatch(number) || number[0] - '0' != CheckDigit(number) ? Invalid
        : null;

    private static int CheckDigit(string number)
    {
        var sum = 0;
        for (var n = 1; n <= 12; n++)
        {
            sum += (number[Length - n] - '0') * (n % 2 == 1 ? 1 : 2);
        }

        return 9 - (sum % 9);
    }

    [GeneratedRegex("^[0-9]{13}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
