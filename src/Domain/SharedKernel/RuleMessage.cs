using System.Globalization;

namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>
/// A user-facing rule message: a stable <see cref="Key"/> that the Application layer translates, the Japanese
/// template as the default text, and its arguments. The Domain stays free of resources; translation is by key.
/// Arguments are never personal data.
/// </summary>
public sealed class RuleMessage
{
    private readonly object[] _arguments;

    public RuleMessage(string key, string template)
        : this(key, template, [])
    {
    }

    private RuleMessage(string key, string template, object[] arguments)
    {
        Key = key;
        Template = template;
        _arguments = arguments;
    }

    /// <summary>Stable resource key such as <c>employee.name_required</c>.</summary>
    public string Key { get; }

    /// <summary>The Japanese text, with <c>{0}</c>-style placeholders when there are arguments.</summary>
    public string Template { get; }

    public IReadOnlyList<object> Arguments => _arguments;

    /// <summary>The Japanese text with its arguments filled in.</summary>
    public string Text => _arguments.Length == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, _arguments);

    /// <summary>The same message with these arguments (the template stays shared).</summary>
    public RuleMessage With(params object[] arguments) => new(Key, Template, arguments);

    public override string ToString() => Text;
}
