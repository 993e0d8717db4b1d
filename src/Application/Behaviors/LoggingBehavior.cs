using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Behaviors;

/// <summary>
/// Logs which use case ran, for which tenant, how long it took and how it ended. Never the message or the
/// response: they carry My Number, income, addresses and family data (ADR 0008).
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(
    ILogger<LoggingBehavior<TMessage, TResponse>> logger,
    ITenantContext tenantContext) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, name, tenantContext.TenantId?.ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            // The exception type only: messages of validation errors may echo user input.
            LogFailed(logger, name, tenantContext.TenantId?.ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }

    // Debug: the access log already records every request; per-message success lines would double the volume.
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "{MessageName} handled for tenant {TenantId} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageName, string? tenantId, double elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{MessageName} failed for tenant {TenantId} after {ElapsedMs:0.0} ms with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string messageName, string? tenantId, double elapsedMs, string exceptionType);
}
