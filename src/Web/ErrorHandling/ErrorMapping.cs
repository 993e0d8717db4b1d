using FluentValidation;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.ErrorHandling;

/// <summary>The one table from exception to HTTP status, code and user-facing text (ADR 0005).</summary>
public static class ErrorMapping
{
    public sealed record MappedError(int Status, string Code, string Title, string? Detail);

    public static MappedError Map(Exception exception) => exception switch
    {
        ValidationException => new(StatusCodes.Status400BadRequest, "validation_failed", "入力内容に誤りがあります。", null),
        DomainRuleViolationException rule => new(StatusCodes.Status409Conflict, rule.Code, "この操作はできません。", rule.Message),
        NotFoundException notFound => new(StatusCodes.Status404NotFound, "not_found", "見つかりません。", notFound.Message),
        ForbiddenException forbidden => new(StatusCodes.Status403Forbidden, "forbidden", "権限がありません。", forbidden.Message),
        DbUpdateConcurrencyException => new(StatusCodes.Status409Conflict, "concurrency_conflict", "他の操作と重なりました。", "画面を開き直してから、もう一度操作してください。"),
        BadHttpRequestException bad => new(bad.StatusCode, "bad_request", "リクエストが正しくありません。", null),
        OperationCanceledException => new(499, "cancelled", "リクエストは中断されました。", null),
        _ => new(StatusCodes.Status500InternalServerError, "internal_error", "システムエラーが発生しました。", "しばらくしてからもう一度お試しください。解決しない場合はお問い合わせ番号を添えて管理者にご連絡ください。"),
    };
}
