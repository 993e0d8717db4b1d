using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.AccessLogs;

/// <summary>
/// One HTTP request to the site. Append-only. The path never carries a query string, because query
/// strings may hold personal data; requests outside any tenant are kept under <see cref="TenantId.None"/>.
/// </summary>
public sealed class AccessLog : AggregateRoot, ITenantOwned
{
    public const int PathMaxLength = 512;
    public const int UserAgentMaxLength = 512;
    public const int ClientIpMaxLength = 45;
    public const int MethodMaxLength = 16;
    public const int SessionIdMaxLength = 64;

    private AccessLog()
    {
        Method = null!;
        Path = null!;
    }

    public AccessLogId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public AccountId? AccountId { get; private set; }

    public string? ClientIp { get; private set; }

    public string? UserAgent { get; private set; }

    public string Method { get; private set; }

    public string Path { get; private set; }

    public int StatusCode { get; private set; }

    public double DurationMs { get; private set; }

    public string? SessionId { get; private set; }

    public static AccessLog Record(
        TenantId tenantId,
        DateTime occurredAtUtc,
        AccountId? accountId,
        string? clientIp,
        string? userAgent,
        string method,
        string path,
        int statusCode,
        double durationMs,
        string? sessionId)
    {
        if (occurredAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new DomainRuleViolationException("access_log.time_not_utc", "アクセスログの時刻はUTCで記録します。");
        }

        var queryStart = path.IndexOf('?', StringComparison.Ordinal);
        var cleanPath = queryStart >= 0 ? path[..queryStart] : path;

        return new AccessLog
        {
            Id = AccessLogId.New(),
            TenantId = tenantId,
            OccurredAtUtc = occurredAtUtc,
            AccountId = accountId,
            ClientIp = Truncate(clientIp, ClientIpMaxLength),
            UserAgent = Truncate(userAgent, UserAgentMaxLength),
            Method = Truncate(method, MethodMaxLength) ?? "",
            Path = Truncate(cleanPath, PathMaxLength) ?? "/",
            StatusCode = statusCode,
            DurationMs = Math.Round(Math.Max(0, durationMs), 3),
            SessionId = Truncate(sessionId, SessionIdMaxLength),
        };
    }

    private static string? Truncate(string? value, int max) =>
        value is null ? null : value.Length <= max ? value : value[..max];
}
