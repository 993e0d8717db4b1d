using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.AccessLogs;

/// <summary>R-20: once signed in, every row names the account and the session.</summary>
public sealed class SignedInAccessLogTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task SignedInRequest_IsRecordedWithAccountAndSession()
    {
        var (client, _) = await factory.AdminClientAsync("log-session");
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "192.0.2.44");

        await client.GetAsync("/log-session/account/history?secret=1");
        await factory.FlushAccessLogAsync();

        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.AccessLogs.IgnoreQueryFilters().SingleAsync(r => r.Path == "/log-session/account/history" && r.ClientIp == "192.0.2.44");
        var sessionId = Guid.Parse(row.SessionId!);
        var session = await db.UserSessions.IgnoreQueryFilters().SingleAsync(s => s.Id == sessionId);
        Assert.NotNull(row.AccountId);
        Assert.Equal(session.AccountId, row.AccountId);
        Assert.Equal(200, row.StatusCode);
    }
}
