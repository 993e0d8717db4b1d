using System.Diagnostics.Metrics;

namespace YearEndAdjustment.Web.AccessLogs;

/// <summary>R-23: request duration as a System.Diagnostics.Metrics histogram, exported by any OpenTelemetry/dotnet-counters listener.</summary>
public sealed class RequestMetrics : IDisposable
{
    public const string MeterName = "YearEndAdjustment.Web";
    public const string DurationInstrument = "yea.http.server.request.duration";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;

    public RequestMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _duration = _meter.CreateHistogram<double>(DurationInstrument, unit: "s", description: "Duration of HTTP requests, by tenant kind, method and status class.");
    }

    public void Record(double seconds, string method, int statusCode, bool inTenant) =>
        _duration.Record(
            seconds,
            new KeyValuePair<string, object?>("http.request.method", method),
            new KeyValuePair<string, object?>("http.response.status_class", $"{statusCode / 100}xx"),
            new KeyValuePair<string, object?>("yea.tenant_request", inTenant));

    public void Dispose() => _meter.Dispose();
}
