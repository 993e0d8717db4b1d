using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.AccessLogs;

public sealed class AccessLogRecordTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 1, 2, 3, DateTimeKind.Utc);

    [Fact]
    public void Record_PathWithQueryString_DropsTheQuery()
    {
        var log = AccessLog.Record(TenantId.New(), Now, null, "127.0.0.1", "UA", "GET", "/demo/search?mynumber=123456789018", 200, 1.5, null);

        Assert.Equal("/demo/search", log.Path);
    }

    [Fact]
    public void Record_OverlongValues_AreTruncatedToColumnSizes()
    {
        var log = AccessLog.Record(TenantId.New(), Now, null, new string('1', 100), new string('u', 2000), "GET", "/" + new string('p', 2000), 200, 1, new string('s', 200));

        Assert.Equal(AccessLog.UserAgentMaxLength, log.UserAgent!.Length);
        Assert.Equal(AccessLog.PathMaxLength, log.Path.Length);
        Assert.Equal(AccessLog.ClientIpMaxLength, log.ClientIp!.Length);
        Assert.Equal(AccessLog.SessionIdMaxLength, log.SessionId!.Length);
    }

    [Fact]
    public void Record_LocalTime_IsRefused() =>
        Assert.Equal("access_log.time_not_utc", Assert.Throws<DomainRuleViolationException>(
            () => AccessLog.Record(TenantId.New(), DateTime.Now, null, null, null, "GET", "/", 200, 1, null)).Code);

    [Fact]
    public void Record_NegativeDuration_IsClampedToZero() =>
        Assert.Equal(0, AccessLog.Record(TenantId.New(), Now, null, null, null, "GET", "/", 200, -3, null).DurationMs);
}
