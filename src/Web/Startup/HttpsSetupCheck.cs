using YearEndAdjustment.Web.Composition;
using YearEndAdjustment.Web.Security;

namespace YearEndAdjustment.Web.Startup;

/// <summary>
/// Once the server has started: with Secure cookies but neither an https endpoint nor a trusted proxy, no browser can
/// use the site's forms. Said once in the log rather than discovered page by page.
/// </summary>
public static partial class HttpsSetupCheck
{
    public static void WarnWhenUnreachable(IServiceProvider services, IConfiguration configuration)
    {
        var addresses = services.GetRequiredService<ServerAddresses>().Current;
        if (services.GetRequiredService<HttpsEndpoint>().Port is not null || WebComposition.TrustedProxies(configuration).Length > 0)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpsSetupCheck).FullName!);
        LogNoHttps(logger, addresses.Count == 0 ? "-" : string.Join(", ", addresses));
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message =
        "Security:SecureCookies is on, but the server listens on {Addresses} without https, no https_port is set and " +
        "Network:TrustedProxies is empty: browsers over plain http get a page asking for HTTPS. Serve https (urls or " +
        "Kestrel endpoints), list the TLS-terminating proxy in Network:TrustedProxies, or set Security:SecureCookies=false " +
        "for a local trial.")]
    private static partial void LogNoHttps(ILogger logger, string addresses);
}
