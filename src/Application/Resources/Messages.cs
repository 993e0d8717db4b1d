using System.Globalization;
using System.Resources;
using YearEndAdjustment.Domain.SharedKernel;

[assembly: NeutralResourcesLanguage("ja")]

namespace YearEndAdjustment.Application.Resources;

/// <summary>
/// User-facing messages of the Application and Domain in the UI language (ADR 0027): Messages.resx is Japanese
/// (the neutral resources), Messages.en.resx English. English only when the current UI culture is English; every
/// other culture, the invariant one included, gets Japanese, so hosts without request localization stay Japanese.
/// Read at the moment a message is produced, so call it lazily (e.g. FluentValidation's <c>WithMessage(_ => …)</c>).
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("YearEndAdjustment.Application.Resources.Messages", typeof(Messages).Assembly);
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Whether messages are produced in English for the current UI culture.</summary>
    public static bool IsEnglish => string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    /// <summary>The message for <paramref name="key"/> in the current UI language, with its arguments filled in.</summary>
    public static string Get(string key, params object[] arguments)
    {
        var culture = IsEnglish ? English : Japanese;
        var template = Resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"No message resource '{key}'.");
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }

    /// <summary>A rule message in the current UI language; the Domain's Japanese text when not translated.</summary>
    public static string Get(RuleMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!IsEnglish)
        {
            return message.Text;
        }

        var template = Resources.GetString(message.Key, English);
        // Arguments that are messages themselves (e.g. a declaration's row label) are translated too.
        return template is null ? message.Text : string.Format(English, template, [.. message.Arguments.Select(a => a is RuleMessage inner ? Get(inner) : a)]);
    }

    /// <summary>The user-facing message of a broken rule in the current UI language.</summary>
    public static string Get(DomainRuleViolationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Get(exception.Reason);
    }

    /// <summary>A rule message defined in these resources (for rules the Application itself enforces), Japanese as its default text.</summary>
    public static RuleMessage Rule(string key, params object[] arguments) =>
        new RuleMessage(key, Resources.GetString(key, Japanese) ?? throw new InvalidOperationException($"No message resource '{key}'."))
            .With(arguments);
}
