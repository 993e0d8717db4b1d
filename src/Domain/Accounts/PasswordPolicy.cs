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

    /// <summary>Returns null when acceptable, else a user-facing reason (never echoing the password).</summary>
    public static string? Check(string? password, string loginId, ICommonPasswordList commonPasswords)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "パスワードを入力してください。";
        }

        var length = new System.Globalization.StringInfo(password).LengthInTextElements;
        if (length < MinLength)
        {
            return $"パスワードは {MinLength} 文字以上にしてください。長い文章のようなパスワードがおすすめです。";
        }

        if (length > MaxLength)
        {
            return $"パスワードは {MaxLength} 文字以内にしてください。";
        }

        if (string.Equals(password.Trim(), loginId, StringComparison.OrdinalIgnoreCase))
        {
            return "ログインIDと同じパスワードは使えません。";
        }

        if (password.Distinct().Count() == 1)
        {
            return "同じ文字だけのパスワードは使えません。";
        }

        if (commonPasswords.Contains(password))
        {
            return "このパスワードはよく使われていて推測されやすいため使えません。別のパスワードにしてください。";
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
