using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The declaration forms from their stored JSON columns, exactly as the persistence mapping reads them (ADR 0055). A
/// whole-year reader takes the columns as text on the database thread and turns them into forms on another thread,
/// where the JSON work no longer holds up the next read.
/// </summary>
public interface IDeclarationFormsJson
{
    DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan);

    /// <summary>
    /// As <see cref="Read(string, string, string, string?)"/>, but a form whose text <paramref name="memo"/> has seen
    /// is not parsed again (ADR 0057): many declarations of a year hold the same text for a form (no other income, no
    /// housing loan, no dependants), and forms are immutable records, so sharing one instance is safe.
    /// </summary>
    DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan, ParsedFormsMemo memo);
}

/// <summary>
/// Parsed forms by their exact stored text, for one pass over many declarations of one tenant (never shared between
/// tenants or kept after the pass). Bounded: when full it starts afresh. Not thread-safe; one user at a time.
/// </summary>
public sealed class ParsedFormsMemo(int capacity = ParsedFormsMemo.DefaultCapacity)
{
    public const int DefaultCapacity = 512;

    private readonly Dictionary<(Type, string), object?> _parsed = new();

    public T Get<T>(string json, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (_parsed.TryGetValue((typeof(T), json), out var known))
        {
            return (T)known!;
        }

        var value = parse(json);
        if (_parsed.Count >= capacity)
        {
            _parsed.Clear();
        }

        _parsed[(typeof(T), json)] = value;
        return value;
    }
}
