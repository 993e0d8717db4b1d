using System.Globalization;
using YearEndAdjustment.Web.Startup;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// Where https is served, for sending plain-http visitors there: the https_port setting (ASPNETCORE_HTTPS_PORT), else
/// the first https address the server listens on.
/// </summary>
public sealed class HttpsEndpoint(IConfiguration configuration, ServerAddresses addresses)
{
    public int? Port =>
        int.TryParse(configuration["https_port"], NumberStyles.None, CultureInfo.InvariantCulture, out var configured)
            ? configured
            : ServerAddresses.HttpsPort(addresses.Current);
}
