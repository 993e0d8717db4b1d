using System.Diagnostics;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.SharedKernel;

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

            // Checked here: the tenant's id would otherwise be formatted for a line that is not written (several per page).
            if (logger.IsEnabled(LogLevel.Debug))
            {
                LogHandled(logger, name, tenantContext.TenantId?.ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            // A refused input, a broken rule, a wrong id or a missing permission is the use case answering, not failing:
            // the page shows it, the web layer logs the request's outcome. Type only: messages may echo user input.
            LogRejected(logger, name, tenantContext.TenantId?.ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
        catch (Exception ex)
        {
            // The exception type only: messages of validation errors may echo user input.
            LogFailed(logger, name, tenantContext.TenantId?.ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }

    private static bool IsExpected(Exception exception) =>
        exception is ValidationException or DomainRuleViolationException or NotFoundException or ForbiddenException;

    // Debug: the access log already records every request; per-message success lines would double the volume.
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "{MessageName} handled for tenant {TenantId} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageName, string? tenantId, double elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "{MessageName} rejected for tenant {TenantId} after {ElapsedMs:0.0} ms with {ExceptionType}")]
    private static partial void LogRejected(ILogger logger, string messageName, string? tenantId, double elapsedMs, string exceptionType);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{MessageName} failed for tenant {TenantId} after {ElapsedMs:0.0} ms with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string messageName, string? tenantId, double elapsedMs, string exceptionType);
}
