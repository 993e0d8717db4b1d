using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>
/// The tenant's URL segment (<c>/{slug}/</c>). Lower-case ASCII letters, digits and single hyphens, 3 to 32
/// characters, starting with a letter; words that name site-wide paths are reserved so no tenant can shadow them.
/// </summary>
public sealed partial record TenantSlug
{
    public const int MinLength = 3;
    public const int MaxLength = 32;

    public static readonly RuleMessage Required = new("tenant.slug_required", "テナント識別子（slug）を指定してください。");
    public static readonly RuleMessage WrongLength = new("tenant.slug_length", $"テナント識別子は {MinLength}〜{MaxLength} 文字で指定してください（指定は {{0}} 文字）。");
    public static readonly RuleMessage BadCharacters = new(
        "tenant.slug_characters", "テナント識別子に使えるのは半角英小文字・数字・ハイフンだけです。先頭は英字、末尾は英字か数字で、ハイフンを続けることはできません。");
    public static readonly RuleMessage IsReservedWord = new("tenant.slug_reserved", "「{0}」はシステムで予約されているため、テナント識別子に使えません。");

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "api", "health", "admin", "operator", "login", "logout", "account", "culture", "error", "static",
        "css", "js", "lib", "img", "images", "fonts", "favicon", "robots", "assets", "www", "mail", "help",
        "about", "status", "metrics", "swagger", "signin", "signout", "system", "root", "null", "undefined",
    };

    private TenantSlug(string value) => Value = value;

    public string Value { get; }

    /// <summary>Whether the word is a reserved site-wide path and can never be a tenant.</summary>
    public static bool IsReserved(string value) => Reserved.Contains(value);

    /// <summary>Validates and creates a slug; the message names what is wrong.</summary>
    public static TenantSlug Create(string? value)
    {
        var error = Check(value);
        if (error is not null)
        {
            throw new DomainRuleViolationException("tenant.slug_invalid", error);
        }

        return new TenantSlug(value!);
    }

    /// <summary>Returns null when the value is a valid slug, otherwise a user-facing reason.</summary>
    public static RuleMessage? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Required;
        }

        if (value.Length is < MinLength or > MaxLength)
        {
            return WrongLength.With(value.Length);
        }

        if (!Pattern().IsMatch(value))
        {
            return BadCharacters;
        }

        if (IsReserved(value))
        {
            return IsReservedWord.With(value);
        }

        return null;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
