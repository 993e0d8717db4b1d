using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Exceptions;

/// <summary>The thing asked for does not exist in the current tenant (or is not the caller's to see): HTTP 404.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string message)
        : base(message)
    {
    }

    private NotFoundException(string key, string message)
        : base(message) => Key = key;

    /// <summary>The message key (see <see cref="MessageKeys"/>); null for a free text.</summary>
    public string? Key { get; }

    /// <summary>The exception with the keyed message in the current UI language.</summary>
    public static NotFoundException Of(string key) => new(key, Messages.Get(key));
}
