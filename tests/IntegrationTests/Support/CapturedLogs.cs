using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>A logger provider that keeps every entry of the host it is added to, so tests can assert levels and traces.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), exception));
            }
        }
    }
}
