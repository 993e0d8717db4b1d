using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.AddMyAttachment;
using YearEndAdjustment.Application.Declarations.GetAttachmentForReview;
using YearEndAdjustment.Application.Declarations.GetMyAttachment;
using YearEndAdjustment.Application.Declarations.RemoveMyAttachment;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;
using YearEndAdjustment.Web.Uploads;

namespace YearEndAdjustment.Web.Endpoints;

/// <summary>
/// Certificate attachments (issue 11, ADR 0036) under the tenant's pages (<c>/{tenant}/declarations/{year}/attachments</c>):
/// upload (multipart, antiforgery, back to a local returnUrl or JSON with <c>X-Upload: 1</c>), download, remove; and
/// the reviewer's download under <c>/{tenant}/admin/…</c>. Another employee's or tenant's id is 404 on every route.
/// </summary>
public static partial class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/declarations/{year:int}/attachments")
            .RequireAuthorization()
            .AddEndpointFilter<TenantRequiredEndpointFilter>();
        mine.MapPost("", UploadAsync);
        mine.MapGet("/{id:guid}", DownloadAsync);
        mine.MapPost("/{id:guid}/remove", RemoveAsync);

        var review = app.MapGroup("/admin/declarations/attachments")
            .RequireAuthorization(PermissionPolicies.For(Permission.ReviewDeclarations))
            .AddEndpointFilter<TenantRequiredEndpointFilter>();
        review.MapGet("/{id:guid}", ReviewDownloadAsync);
        review.MapGet("/{id:guid}/preview", ReviewPreviewAsync);
        return app;
    }

    // The body is read here under the attachment limit before the antiforgery token (which travels in it) is checked,
    // so an oversize upload gets the size message instead of a failed form read (the CsvUploadFilter approach).
    private static async Task<IResult> UploadAsync(
        int year, HttpContext http, ISender sender, IAntiforgery antiforgery, AttachmentUploadLimits limits,
        IStringLocalizer<SharedResource> localizer, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        // The partial puts returnUrl and target in the action's query too: they survive a body refused unread.
        var returnUrl = http.Request.Query["returnUrl"].ToString();
        var target = Target(http.Request.Query["target"]);
        var declared = http.Request.ContentLength;
        if (!await UploadBody.TryReadFormAsync(http, limits.FileBytes, limits.RequestBytes, limits.DrainBytes))
        {
            LogRefused(loggers.CreateLogger(typeof(AttachmentEndpoints)), declared, limits.FileBytes);
            await UploadBody.RefuseAsync(http, limits.DrainBytes);
            return Refuse(http, StatusCodes.Status413PayloadTooLarge, Messages.Get(MessageKeys.AttachmentTooLarge, limits.Megabytes), returnUrl, target);
        }

        if (!await IsAntiforgeryValidAsync(http, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        target = Target(form["target"]) ?? target;
        returnUrl = form.TryGetValue("returnUrl", out var posted) ? posted.ToString() : returnUrl;
        var file = form.Files.GetFile("file");
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return Refuse(http, StatusCodes.Status400BadRequest, localizer["Attachment.NoFile"], returnUrl, target);
        }

        try
        {
            await using var content = file.OpenReadStream();
            Guid? line = Guid.TryParse(form["line"].ToString(), out var lineId) ? lineId : null;
            var added = await sender.Send(new AddMyAttachmentCommand(year, content, file.FileName, file.Length, line), cancellationToken);
            if (IsScripted(http))
            {
                return Results.Json(added);
            }

            var tempData = TempData(http);
            tempData[AttachmentUploadResult.AddedId] = added.Id.ToString();
            tempData[AttachmentUploadResult.Target] = target;
            tempData.Save();
            return Results.Redirect(LocalOrHome(http, returnUrl));
        }
        catch (DomainRuleViolationException refused)
        {
            return Refuse(http, StatusFor(refused.Code), Messages.Get(refused), returnUrl, target);
        }
    }

    private static async Task<IResult> DownloadAsync(int year, Guid id, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        File(http, await sender.Send(new GetMyAttachmentQuery(id), cancellationToken));

    private static async Task<IResult> ReviewDownloadAsync(Guid id, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        File(http, await sender.Send(new GetAttachmentForReviewQuery(id), cancellationToken));

    // Shown in the review page (img or iframe): inline, and frameable by the app's own pages only. Same query, so the
    // same scope check and audit row as the download.
    private static async Task<IResult> ReviewPreviewAsync(Guid id, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetAttachmentForReviewQuery(id), cancellationToken);
        http.Items[SecurityHeadersMiddleware.SameOriginFramingKey] = true;
        return File(http, file, inline: true);
    }

    private static async Task<IResult> RemoveAsync(int year, Guid id, HttpContext http, ISender sender, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!await IsAntiforgeryValidAsync(http, antiforgery))
        {
            return Results.BadRequest();
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        var returnUrl = form["returnUrl"].ToString();
        try
        {
            await sender.Send(new RemoveMyAttachmentCommand(id), cancellationToken);
        }
        catch (DomainRuleViolationException refused)
        {
            return Refuse(http, StatusFor(refused.Code), Messages.Get(refused), returnUrl, Target(form["target"]));
        }

        return IsScripted(http) ? Results.NoContent() : Results.Redirect(LocalOrHome(http, returnUrl));
    }

    /// <summary>
    /// Served with the type found in the content, as a download (inline only for the reviewer's preview), never sniffed,
    /// never cached (the files are certificates with personal data). The name goes in RFC 5987 form, so Japanese names survive.
    /// </summary>
    private static IResult File(HttpContext http, AttachmentDownload file, bool inline = false)
    {
        var headers = http.Response.Headers;
        headers.ContentDisposition = (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + Uri.EscapeDataString(file.FileName);
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        return Results.Bytes(file.Content, file.ContentType);
    }

    private static async Task<bool> IsAntiforgeryValidAsync(HttpContext http, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>JSON for the scripted uploader; otherwise back to the page with the message for the field (post/redirect/get).</summary>
    private static IResult Refuse(HttpContext http, int status, string message, string? returnUrl, string? target)
    {
        if (IsScripted(http) || string.IsNullOrEmpty(returnUrl))
        {
            return Results.Json(new { error = message }, statusCode: status);
        }

        var tempData = TempData(http);
        tempData[AttachmentUploadResult.Error] = message;
        tempData[AttachmentUploadResult.Target] = target;
        tempData.Save();
        return Results.Redirect(LocalOrHome(http, returnUrl));
    }

    private static int StatusFor(string code) => code switch
    {
        MessageKeys.AttachmentTooLarge => StatusCodes.Status413PayloadTooLarge,
        MessageKeys.AttachmentUnsupportedType => StatusCodes.Status415UnsupportedMediaType,
        MessageKeys.AttachmentEmpty => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };

    private static bool IsScripted(HttpContext http) => http.Request.Headers["X-Upload"] == "1";

    private static ITempDataDictionary TempData(HttpContext http) =>
        http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);

    /// <summary>A local path (never another site: no scheme, no <c>//</c> or <c>/\</c>), else the tenant's home.</summary>
    private static string LocalOrHome(HttpContext http, string? returnUrl)
    {
        var local = returnUrl is { Length: > 0 and <= 2000 }
            && returnUrl[0] == '/'
            && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && !returnUrl.Any(char.IsControl);
        return local ? returnUrl! : http.Request.PathBase + "/";
    }

    /// <summary>The field token is echoed into TempData only: short, letters, digits and hyphens.</summary>
    private static string? Target(string? value) =>
        value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? value : null;

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Attachment upload refused: {DeclaredBytes} bytes declared, the limit is {LimitBytes} bytes")]
    private static partial void LogRefused(ILogger logger, long? declaredBytes, long limitBytes);
}
