using Microsoft.Extensions.Logging;

namespace YearEndAdjustment.UnitTests.Support;

/// <summary>Keeps every formatted log line and every structured value, so tests can prove what is never logged.</summary>
public sealed class CapturingLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public List<object?> Values { get; } = [];

    public List<LogLevel> Levels { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Lines.Add(formatter(state, exception));
        Levels.Add(logLevel);
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            Values.AddRange(pairs.Select(p => p.Value));
        }
    }
}
