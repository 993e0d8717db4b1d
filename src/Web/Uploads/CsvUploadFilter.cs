using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// Size limits for the CSV upload pages, derived from <see cref="UploadLimits"/>. A body over the limit is refused before
/// anything is stored and the page answers 413 with the size message (JSON for the progress uploader), instead of the
/// form read failing inside the antiforgery check. It is the pages' antiforgery policy (IAntiforgeryPolicy) because
/// the token travels in the body it refuses to read: an oversize post is answered without acting on it, any other
/// post is validated here as the automatic filter would.
/// </summary>
public sealed partial class CsvUploadFilter(
    UploadLimits limits,
    IAntiforgery antiforgery,
    IStringLocalizer<SharedResource> localizer,
    ILogger<CsvUploadFilter> logger) : IAsyncAuthorizationFilter, IAsyncPageFilter, IAntiforgeryPolicy
{
    private static readonly object TooLargeKey = new();

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        {
            return;
        }

        var declared = http.Request.ContentLength;
        if (!await UploadBody.TryReadFormAsync(http, limits.FileBytes, limits.RequestBytes, limits.DrainBytes))
        {
            LogRefused(logger, declared, limits.FileBytes);
            await UploadBody.RefuseAsync(http, limits.DrainBytes);
            http.Items[TooLargeKey] = true;
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            context.Result = new AntiforgeryValidationFailedResult();
        }
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.HttpContext.Items.ContainsKey(TooLargeKey))
        {
            await next();
            return;
        }

        var message = localizer["Import.TooLarge", limits.Megabytes].Value;
        if (context.HttpContext.Request.Headers["X-Upload"] == "1")
        {
            context.Result = new JsonResult(new { error = message }) { StatusCode = StatusCodes.Status413PayloadTooLarge };
            return;
        }

        context.ModelState.AddModelError("file", message);
        context.Result = new PageResult { StatusCode = StatusCodes.Status413PayloadTooLarge };
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "CSV upload refused: {DeclaredBytes} bytes declared, the limit is {LimitBytes} bytes")]
    private static partial void LogRefused(ILogger logger, long? declaredBytes, long limitBytes);
}
