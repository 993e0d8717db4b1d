using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace YearEndAdjustment.Web.Startup;

/// <summary>
/// The addresses the server really listens on (filled in once it has started; empty before, in the operator commands
/// and on the test server), parsed so wildcard hosts (*, +) survive.
/// </summary>
public sealed class ServerAddresses(IServiceProvider services)
{
    public IReadOnlyList<string> Current =>
        services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];

    /// <summary>The port of the first https address, if any.</summary>
    public static int? HttpsPort(IEnumerable<string> addresses) =>
        addresses.Select(Parse).FirstOrDefault(a => a is { Scheme: "https" })?.Port;

    public static BindingAddress? Parse(string address)
    {
        try
        {
            return BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
