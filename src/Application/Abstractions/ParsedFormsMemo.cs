namespace YearEndAdjustment.Application.Abstractions;

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
