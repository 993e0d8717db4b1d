using FluentValidation;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.ErrorHandling;

/// <summary>The one table from exception to HTTP status, code and user-facing text (ADR 0005), in the UI language (ADR 0027).</summary>
public static class ErrorMapping
{
    public sealed record MappedError(int Status, string Code, string Title, string? Detail);

    public static MappedError Map(Exception exception) => exception switch
    {
        ValidationException => new(StatusCodes.Status400BadRequest, "validation_failed", Messages.Get(MessageKeys.ProblemValidation), null),
        DomainRuleViolationException rule => new(StatusCodes.Status409Conflict, rule.Code, Messages.Get(MessageKeys.ProblemRule), Messages.Get(rule)),
        NotFoundException notFound => new(StatusCodes.Status404NotFound, "not_found", Messages.Get(MessageKeys.ProblemNotFound), notFound.Message),
        ForbiddenException forbidden => new(StatusCodes.Status403Forbidden, "forbidden", Messages.Get(MessageKeys.ProblemForbidden), forbidden.Message),
        DbUpdateConcurrencyException => new(StatusCodes.Status409Conflict, "concurrency_conflict", Messages.Get(MessageKeys.ProblemConcurrency), Messages.Get(MessageKeys.ProblemConcurrencyDetail)),
        BadHttpRequestException bad => new(bad.StatusCode, "bad_request", Messages.Get(MessageKeys.ProblemBadRequest), null),
        OperationCanceledException => new(499, "cancelled", Messages.Get(MessageKeys.ProblemCancelled), null),
        _ => new(StatusCodes.Status500InternalServerError, "internal_error", Messages.Get(MessageKeys.ProblemInternal), Messages.Get(MessageKeys.ProblemInternalDetail)),
    };
}
