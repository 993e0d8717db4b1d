using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Accounts;

/// <summary>
/// A login ID, unique within its tenant. Compared case-insensitively: the stored form is lower-case, so
/// "Yamada" and "yamada" can never be two different accounts.
/// </summary>
public sealed partial record LoginId
{
    public const int MaxLength = 64;

    /// <summary>The ADMIN ID every tenant is opened with .</summary>
    public static readonly LoginId Admin = new("admin");

    private LoginId(string value) => Value = value;

    public string Value { get; }

    public static LoginId Create(string? value)
    {
        var normalized = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(normalized))
        {
            throw new DomainRuleViolationException("account.login_id_required", "ログインIDを指定してください。");
        }

        if (normalized.Length > MaxLength || !Pattern().IsMatch(normalized))
        {
            throw new DomainRuleViolationException(
                "account.login_id_invalid",
                $"ログインIDは半角英数字と . _ - @ の {MaxLength} 文字以内で指定してください。");
        }

        return new LoginId(normalized);
    }

    /// <summary>The login ID, or null when the text cannot be one (for searches and sign-in, where that means "no match").</summary>
    public static LoginId? TryCreate(string? value)
    {
        var normalized = value?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(normalized) || normalized.Length > MaxLength || !Pattern().IsMatch(normalized) ? null : new LoginId(normalized);
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
