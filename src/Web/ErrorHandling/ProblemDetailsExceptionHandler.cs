using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace YearEndAdjustment.Web.ErrorHandling;

/// <summary>
/// One place that turns exceptions into answers: ProblemDetails for <c>/api</c>, and for pages the Japanese
/// error page (by returning false, the exception middleware re-executes <c>/error</c>). Neither carries stack
/// traces, SQL or exception messages other than our own user-facing ones; both carry the correlation id.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The request's UI culture did not flow back out with the exception; answer in the language it was served in.
        if (context.Features.Get<IRequestCultureFeature>() is { } requestCulture)
        {
            CultureInfo.CurrentUICulture = requestCulture.RequestCulture.UICulture;
        }

        var mapped = ErrorMapping.Map(exception);
        var correlationId = CorrelationId.Of(context);
        if (mapped.Status >= 500)
        {
            LogUnhandled(logger, exception, correlationId);
        }
        else
        {
            // A wrong id, a missing permission, a refused input: expected outcomes, not failures. The type only, no
            // trace and no message (messages may echo input); the middleware's own error log is suppressed for them.
            LogExpected(logger, mapped.Status, exception.GetType().Name, correlationId);
        }

        if (!IsApi(context))
        {
            return false;
        }

        var problem = exception is ValidationException validation
            ? new ValidationProblemDetails(validation.Errors
                .GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
            : new ProblemDetails();
        problem.Status = mapped.Status;
        problem.Title = mapped.Title;
        problem.Detail = mapped.Detail;
        problem.Extensions["code"] = mapped.Code;
        problem.Extensions["correlationId"] = correlationId;

        context.Response.StatusCode = mapped.Status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>Judged on the original path: by the time handlers run, the middleware has already set Path to /error.</summary>
    public static bool IsApi(HttpContext context)
    {
        var original = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        return context.Request.PathBase.Add(new PathString(original)).StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>For ExceptionHandlerOptions.SuppressDiagnosticsCallback: only failures (5xx) are logged as errors with a trace.</summary>
    public static bool IsExpected(Exception exception) => ErrorMapping.Map(exception).Status < 500;

    [LoggerMessage(EventId = 3000, Level = LogLevel.Error, Message = "Unhandled exception; correlation id {CorrelationId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Request ended with {StatusCode} ({ExceptionType}); correlation id {CorrelationId}")]
    private static partial void LogExpected(ILogger logger, int statusCode, string exceptionType, string correlationId);
}
