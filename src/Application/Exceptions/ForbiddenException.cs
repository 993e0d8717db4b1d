using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Exceptions;

/// <summary>The caller is known but lacks the permission: HTTP 403.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException(string message)
        : base(message)
    {
    }

    private ForbiddenException(string key, string message)
        : base(message) => Key = key;

    /// <summary>The message key (see <see cref="MessageKeys"/>); null for a free text.</summary>
    public string? Key { get; }

    /// <summary>The exception with the keyed message in the current UI language.</summary>
    public static ForbiddenException Of(string key) => new(key, Messages.Get(key));
}
