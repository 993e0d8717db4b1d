using System.Text.RegularExpressions;

namespace YearEndAdjustment.Web.Cluster;

/// <summary>
/// With Cluster:NodeName set, every response names the node that served it (X-Served-By), so an operator behind a
/// load balancer can tell the nodes apart (ADR 0046). Added when the response starts, so error pages carry it too.
/// </summary>
internal sealed partial class ServedByMiddleware(RequestDelegate next, string nodeName)
{
    public const string Header = "X-Served-By";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = nodeName;
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The configured name, or null when unset; refused at start-up unless it is a plain token (it goes into a header).</summary>
    public static string? NodeName(IConfiguration configuration)
    {
        var name = configuration["Cluster:NodeName"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return NamePattern().IsMatch(name)
            ? name
            : throw new InvalidOperationException("Cluster:NodeName must be 1–64 letters, digits, '.', '_' or '-'.");
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex NamePattern();
}
