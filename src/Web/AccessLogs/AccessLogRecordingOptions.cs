namespace YearEndAdjustment.Web.AccessLogs;

public sealed class AccessLogRecordingOptions
{
    public const string Section = "AccessLog";

    /// <summary>Paths not worth a row, such as health probes that run every few seconds.</summary>
    public string[] ExcludedPathPrefixes { get; set; } = ["/health"];
}
