using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Accounts;

/// <summary>
/// R-16 password rules after OWASP ASVS 5.0 §6.2 and NIST SP 800-63B: length matters, composition rules do not.
/// At least 12 characters, up to 128 (ASVS asks that at least 64 be allowed), not the login ID, not a known common
/// password, not one character repeated, and different from the current one.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public static readonly RuleMessage Required = new("password.required", "パスワードを入力してください。");
    public static readonly RuleMessage TooShort = new("password.too_short", $"パスワードは {MinLength} 文字以上にしてください。長い文章のようなパスワードがおすすめです。");
    public static readonly RuleMessage TooLong = new("password.too_long", $"パスワードは {MaxLength} 文字以内にしてください。");
    public static readonly RuleMessage SameAsLoginId = new("password.same_as_login_id", "ログインIDと同じパスワードは使えません。");
    public static readonly RuleMessage OneCharacter = new("password.one_character", "同じ文字だけのパスワードは使えません。");
    public static readonly RuleMessage Common = new("password.common", "このパスワードはよく使われていて推測されやすいため使えません。別のパスワードにしてください。");

    /// <summary>Returns null when acceptable, else a user-facing reason (never echoing the password).</summary>
    public static RuleMessage? Check(string? password, string loginId, ICommonPasswordList commonPasswords)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Required;
        }

        var length = new System.Globalization.StringInfo(password).LengthInTextElements;
        if (length < MinLength)
        {
            return TooShort;
        }

        if (length > MaxLength)
        {
            return TooLong;
        }

        if (string.Equals(password.Trim(), loginId, StringComparison.OrdinalIgnoreCase))
        {
            return SameAsLoginId;
        }

        if (password.Distinct().Count() == 1)
        {
            return OneCharacter;
        }

        if (commonPasswords.Contains(password))
        {
            return Common;
        }

        return null;
    }

    public static void Ensure(string? password, string loginId, ICommonPasswordList commonPasswords)
    {
        if (Check(password, loginId, commonPasswords) is { } reason)
        {
            throw new DomainRuleViolationException("password.weak", reason);
        }
    }
}
