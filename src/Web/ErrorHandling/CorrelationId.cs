namespace YearEndAdjustment.Web.ErrorHandling;

/// <summary>R-35: every error a user sees carries this id, which support staff look up in the server log.</summary>
public static class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    public static string Of(HttpContext context) => context.TraceIdentifier;

    /// <summary>Echoes the id on every response so a user can quote it even from a page that did not fail.</summary>
    public static IApplicationBuilder UseCorrelationIdHeader(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = Of(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
}
