using Microsoft.Extensions.Options;

namespace YearEndAdjustment.Web.Startup;

/// <summary>
/// The base of the links in opening notices and mails: Site:PublicBaseUrl when set, else the first address the server
/// listens on (an https one if there is one; wildcard hosts become localhost), else the configured urls (the operator
/// commands start no server), else http://localhost:5080. Never the request's Host header (host header injection).
/// </summary>
public sealed class PublicBaseUrl(IOptions<SiteOptions> site, IConfiguration configuration, ServerAddresses addresses)
{
    public const string Fallback = "http://localhost:5080";

    public string Value =>
        (string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl) ? null : site.Value.PublicBaseUrl.Trim().TrimEnd('/'))
        ?? FromAddresses(addresses.Current)
        ?? FromAddresses((configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        ?? Fallback;

    public static string? FromAddresses(IEnumerable<string> addresses)
    {
        var parsed = addresses.Select(ServerAddresses.Parse).OfType<BindingAddress>()
            .Where(a => a.Scheme is "http" or "https" && !a.IsUnixPipe && !a.IsNamedPipe)
            .ToList();
        if ((parsed.FirstOrDefault(a => a.Scheme == "https") ?? parsed.FirstOrDefault()) is not { } chosen)
        {
            return null;
        }

        var host = chosen.Host is "*" or "+" or "0.0.0.0" or "[::]" or "::" ? "localhost" : chosen.Host;
        var defaultPort = chosen.Port == (chosen.Scheme == "https" ? 443 : 80);
        return $"{chosen.Scheme}://{host}{(defaultPort ? "" : ":" + chosen.Port)}{chosen.PathBase.TrimEnd('/')}";
    }
}
