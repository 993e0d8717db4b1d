using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Web.ErrorHandling;

namespace YearEndAdjustment.Web.Pages;

/// <summary>
/// The error page for page requests, reached by re-execution after an exception or an error status.
/// For <c>/api</c> requests that got an empty error status (unknown route or tenant) it answers ProblemDetails.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public string CorrelationId { get; private set; } = "";

    // The status comes from the pipeline (the exception, or the status being re-executed) or this page's own route,
    // never from the form or query: re-executing a POST keeps its form, and forms post fields named "Code".
    public IActionResult OnGet([FromRoute] int? code) => Render(code);

    public IActionResult OnPost([FromRoute] int? code) => Render(code);

    private IActionResult Render(int? routeCode)
    {
        CorrelationId = ErrorHandling.CorrelationId.Of(HttpContext);
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        var status = exception is not null ? ErrorMapping.Map(exception).Status : reExecuted ?? routeCode ?? StatusCodes.Status500InternalServerError;
        if (status is < 400 or > 599)
        {
            status = StatusCodes.Status500InternalServerError;
        }

        var key = status switch
        {
            400 => "Error.400",
            403 => "Error.403",
            404 => "Error.404",
            409 => "Error.409",
            429 => "Error.429",
            503 => "Error.503",
            _ => status >= 500 ? "Error.500" : "Error.400",
        };
        if (status == 403 && Security.IpAllowListMiddleware.RefusedAddress(HttpContext) is { } refused)
        {
            key = "Error.IpRefused";
            Title = localizer[key + ".Title"];
            Detail = localizer[key + ".Detail", refused];
            return Respond(status);
        }

        Title = localizer[key + ".Title"];
        Detail = exception is not null && status is 404 or 409 or 403 && ErrorMapping.Map(exception).Detail is { } own
            ? own
            : localizer[key + ".Detail"];

        return Respond(status);
    }

    private IActionResult Respond(int status)
    {
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (originalPath is not null && originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            var problem = new ProblemDetails { Status = status, Title = Title, Detail = Detail };
            problem.Extensions["code"] = status == 404 ? "not_found" : "error";
            problem.Extensions["correlationId"] = CorrelationId;
            return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
        }

        Response.StatusCode = status;
        return Page();
    }
}
