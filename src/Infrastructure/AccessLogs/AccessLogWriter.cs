using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.AccessLogs.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Persistence.Bulk;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.AccessLogs;

/// <summary>
/// R-20 off the request path (ADR 0008): requests only enqueue; this service drains the queue in batches of up to
/// <see cref="AccessLogOptions.BatchSize"/> rows, one insert transaction per batch. On a graceful stop it writes
/// whatever is still queued before the host exits. A failed batch is retried, then logged by count (never content).
/// </summary>
internal sealed partial class AccessLogWriter : BackgroundService, IAccessLogWriter
{
    private readonly Channel<AccessLog> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AccessLogWriter> _logger;
    private readonly AccessLogOptions _options;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public AccessLogWriter(IServiceScopeFactory scopes, IOptions<AccessLogOptions> options, ILogger<AccessLogWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _options = options.Value;

        // Bounded so a stalled database cannot exhaust memory; at capacity requests wait (back-pressure), they never drop rows.
        _queue = Channel.CreateBounded<AccessLog>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public void Enqueue(AccessLog entry)
    {
        if (!_queue.Writer.TryWrite(entry))
        {
            _queue.Writer.WriteAsync(entry).AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await DrainAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The host is stopping: write what is left even if the stop token fires, so nothing queued is lost.
        await FlushAsync(CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
                await Task.Delay(_options.FlushInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Graceful stop: StopAsync flushes the rest.
        }
    }

    private async Task DrainAsync()
    {
        var batch = new List<AccessLog>(_options.BatchSize);
        while (true)
        {
            batch.Clear();
            while (batch.Count < _options.BatchSize && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            if (batch.Count == 0)
            {
                return;
            }

            await WriteBatchAsync(batch);
        }
    }

    // Rows taken off the queue are written without a cancellation token: cancelling half-way would lose them.
    private async Task WriteBatchAsync(List<AccessLog> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

                // A prepared insert per row in one transaction, not SaveChanges: the writer shares the cores with the
                // requests it records (issue 10).
                await ModelBulkWriter.InsertAsync(db, batch, CancellationToken.None);
                return;
            }
            catch (Exception) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogBatchLost(_logger, batch.Count, ex.GetType().Name);
                return;
            }
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Access log: {Count} rows could not be written after retries ({ExceptionType})")]
    private static partial void LogBatchLost(ILogger logger, int count, string exceptionType);
}
