using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>
/// Records the SQL EF Core sends to one database file, from EF's diagnostic events (so every context of the host is
/// seen, pooled or not, without touching the app's registrations). Hosts of other test classes use other files.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string[] WriteVerbs = ["INSERT ", "UPDATE ", "DELETE ", "REPLACE "];

    private readonly string _databasePath;
    private readonly ConcurrentQueue<string> _commands = new();
    private int _opens;
    private readonly List<IDisposable> _subscriptions = [];

    public SqlCommandCounter(string databasePath)
    {
        _databasePath = databasePath;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public IReadOnlyList<string> Commands => _commands.ToArray();

    /// <summary>Commands that change data, except the access log's batched inserts (ADR 0008 allows those).</summary>
    public IReadOnlyList<string> Writes => Commands
        .Where(c => WriteVerbs.Any(v => c.Contains(v, StringComparison.OrdinalIgnoreCase)))
        .Where(c => !c.Contains("INSERT INTO \"AccessLogs\"", StringComparison.OrdinalIgnoreCase))
        .ToList();

    /// <summary>How many times a connection to this file was opened since the last <see cref="Clear"/>.</summary>
    public int Opens => Volatile.Read(ref _opens);

    public void Clear()
    {
        _commands.Clear();
        Interlocked.Exchange(ref _opens, 0);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString?.Contains(_databasePath, StringComparison.Ordinal) == true)
        {
            _commands.Enqueue(data.Command.CommandText);
        }
        else if (value.Key == RelationalEventId.ConnectionOpened.Name && value.Value is ConnectionEndEventData opened
            && opened.Connection.ConnectionString?.Contains(_databasePath, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _opens);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }
}
