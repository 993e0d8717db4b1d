using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// 全国地方公共団体コード of the municipality the employee lives in on 1 January of the next year: the 統一CSV's
/// 提出先市町村コード (forms-and-formats.md §3.6). Six digits, the last a check digit (総務省 地方公共団体コード:
/// 11 − (Σ digit × weight 6..2 mod 11), last digit), which catches most typing slips.
/// </summary>
public static partial class MunicipalityCode
{
    public const int Length = 6;

    public static readonly RuleMessage Invalid = new("employee.municipality_code_invalid", "市区町村コードは検査数字を含む6桁の数字（例: 131016）で入力してください。");

    public static RuleMessage? Check(string? code) =>
        string.IsNullOrEmpty(code) ? null
        : !Pattern().IsMatch(code) || code[5] - '0' != CheckDigit(code) ? Invalid
        : null;

    private static int CheckDigit(string code)
    {
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (code[i] - '0') * (6 - i);
        }

        return (11 - (sum % 11)) % 10;
    }

    [GeneratedRegex("^[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
