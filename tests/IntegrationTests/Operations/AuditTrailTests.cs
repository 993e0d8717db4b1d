using System.Net;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;
using YearEndAdjustment.Application.Accounts.AssignAccountRole;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Jobs;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Operations;

/// <summary>R-21 (issue 13 item 5): settings and sign-in administration audited with the address; search, CSV, 400 days.</summary>
public sealed class AuditTrailTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    // Thursday 2026-12-03 02:05 JST, inside the maintenance window.
    private static readonly DateTimeOffset InWindow = new(2026, 12, 2, 17, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task PolicyChangeThroughThePage_IsAudited_WithActorAndAddress_AndFoundBySearchAndCsv()
    {
        var (admin, _) = await factory.AdminClientAsync("audit-page");
        var saved = await AuthWebApplicationFactory.PostFormAsync(admin, "/audit-page/admin/settings/security", new Dictionary<string, string>
        {
            ["LockoutThreshold"] = "7",
            ["LockoutMinutes"] = "20",
            ["IdleTimeoutMinutes"] = "30",
            ["RequireTwoFactorForAdmins"] = "false",
        });
        saved.EnsureSuccessStatusCode();

        var html = await admin.GetStringAsync("/audit-page/admin/audit-trail?act=SignInPolicyChanged&actor=admin");
        var none = await admin.GetStringAsync("/audit-page/admin/audit-trail?act=AccountUnlocked");
        var csvResponse = await AuthWebApplicationFactory.PostFormAsync(admin, "/audit-page/admin/audit-trail", new Dictionary<string, string>(),
            "/audit-page/admin/audit-trail?handler=Csv&act=SignInPolicyChanged");
        var csv = await csvResponse.Content.ReadAsStringAsync();

        Assert.Contains("サインイン設定の変更", html);
        Assert.Contains("127.0.0.1", html);
        Assert.Contains("lockout=7/20min", html);
        Assert.DoesNotContain("lockout=7/20min", none);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("日時(日本時間),操作者,操作,対象,接続元,詳細", lines[0]);
        Assert.Single(lines.Skip(1));
        Assert.Contains(",admin,SignInPolicyChanged,,127.0.0.1,lockout=7/20min", lines[1]);

        // The export itself is on the trail.
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.Action == AuditAction.AuditTrailExported && a.ClientAddress == "127.0.0.1"));
    }

    [Fact]
    public async Task AccessLogCsv_HasTheSearchedRows_AndIsAudited()
    {
        var (admin, _) = await factory.AdminClientAsync("access-csv");
        await admin.GetStringAsync("/access-csv/admin/employees");
        await factory.FlushAccessLogAsync();

        var response = await AuthWebApplicationFactory.PostFormAsync(admin, "/access-csv/admin/access-log", new Dictionary<string, string>(),
            "/access-csv/admin/access-log?handler=Csv&path=%2Fadmin%2Femployees");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("\uFEFF日時(日本時間),ログインID,接続元,メソッド,パス,ステータス", csv);
        Assert.Contains(",admin,127.0.0.1,GET,/access-csv/admin/employees,200,", csv);
        Assert.DoesNotContain("/access-csv/admin/access-log", csv);
    }

    [Fact]
    public async Task Search_FiltersByPeriodActorSubjectAndAction_AndCsvNeutralisesFormulas()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("audit-search")).TenantId);
        AccountId adminId;
        await using (var db = factory.OpenDetachedContext())
        {
            adminId = await db.Accounts.IgnoreQueryFilters().Where(a => a.TenantId == tenant).Select(a => a.Id).SingleAsync();
            var now = DateTime.UtcNow;
            db.AuditEntries.AddRange(
                AuditEntry.Record(tenant, now.AddDays(-10), adminId, AuditAction.AccountUnlocked, subjectAccountId: adminId, detail: "=HYPERLINK(\"x\")"),
                AuditEntry.Record(tenant, now.AddDays(-1), adminId, AuditAction.IpAllowListChanged, detail: "entries_after=2"),
                AuditEntry.Record(tenant, now.AddDays(-1), null, AuditAction.TenantDataExported, detail: "by-job"));
            await db.SaveChangesAsync();
        }

        var today = JapanTime.DateOf(DateTime.UtcNow);
        var byAction = await factory.SendAsync<AuditTrailPage>(new SearchAuditTrailQuery(Action: AuditAction.IpAllowListChanged), tenant);
        var byActor = await factory.SendAsync<AuditTrailPage>(new SearchAuditTrailQuery(Actor: "admin"), tenant);
        var bySubject = await factory.SendAsync<AuditTrailPage>(new SearchAuditTrailQuery(Subject: "admin"), tenant);
        var byPeriod = await factory.SendAsync<AuditTrailPage>(new SearchAuditTrailQuery(From: today.AddDays(-3), To: today), tenant);
        var nobody = await factory.SendAsync<AuditTrailPage>(new SearchAuditTrailQuery(Actor: "no-such-user"), tenant);
        await Assert.ThrowsAsync<Application.Exceptions.ForbiddenException>(() =>
            factory.SendAsync<AuditTrailPage>(new SearchAuditTrailQuery(), tenant, Permission.ManageSettings));
        var csv = new MemoryStream();
        await factory.SendAsync<int>(new Application.AccessLogs.ExportAuditTrail.ExportAuditTrailCommand(new SearchAuditTrailQuery(Action: AuditAction.AccountUnlocked), csv), tenant);

        Assert.Equal(["IpAllowListChanged"], byAction.Items.Select(i => i.Action));
        Assert.Equal(2, byActor.Total);
        Assert.Equal(["AccountUnlocked"], bySubject.Items.Select(i => i.Action));
        Assert.Equal(["IpAllowListChanged", "TenantDataExported"], byPeriod.Items.Select(i => i.Action).Order());
        Assert.Equal(0, nobody.Total);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", System.Text.Encoding.UTF8.GetString(csv.ToArray()));
    }

    [Fact]
    public async Task RoleChange_IsAudited_WithBeforeAndAfter()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("audit-role")).TenantId);
        var (admin, _) = await factory.AdminClientAsync("audit-role-ui");
        await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "audit-role-ui", "clerk", "事務 担当");
        var uiTenant = await TenantOfAsync("audit-role-ui");
        Guid clerk;
        await using (var db = factory.OpenDetachedContext())
        {
            clerk = (await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == uiTenant && a.LoginId == LoginId.Create("clerk"))).Id.Value;
        }

        await factory.SendAsync<AssignAccountRoleResult>(new AssignAccountRoleCommand(clerk, AccountRole.LimitedAdmin, Permission.ViewLogs, null), uiTenant);

        var page = await factory.SendAsync<AuditTrailPage>(new SearchAuditTrailQuery(Subject: "clerk", Action: AuditAction.AccountRoleChanged), uiTenant);
        var item = Assert.Single(page.Items);
        Assert.Equal("clerk", item.Subject);
        Assert.Equal($"from=General/0 to=LimitedAdmin/{(int)Permission.ViewLogs} departments=0", item.Detail);
        Assert.NotEqual(uiTenant, tenant);
    }

    [Fact]
    public async Task RetentionJob_DeletesAuditRowsOlderThan400Days_Only()
    {
        await using var clocked = new AccessLogRetentionTests.Factory(InWindow);
        var tenant = new TenantId((await clocked.CreateTenantAsync("audit-retention")).TenantId);
        await using (var db = clocked.OpenDetachedContext())
        {
            db.AuditEntries.AddRange(
                AuditEntry.Record(tenant, InWindow.UtcDateTime.AddDays(-401), null, AuditAction.TenantDataExported, detail: "401"),
                AuditEntry.Record(tenant, InWindow.UtcDateTime.AddDays(-399), null, AuditAction.TenantDataExported, detail: "399"));
            await db.SaveChangesAsync();
        }

        var runner = clocked.Services.GetRequiredService<ScheduledJobRunner>();
        Assert.Contains("access-log-retention", await runner.RunDueJobsAsync(CancellationToken.None));
        clocked.Clock.Advance(TimeSpan.FromMinutes(1));

        await using var check = clocked.OpenDetachedContext();
        Assert.Equal(["399"], await check.AuditEntries.IgnoreQueryFilters().Where(a => a.TenantId == tenant).Select(a => a.Detail).ToListAsync());
    }

    private async Task<TenantId> TenantOfAsync(string slug)
    {
        await using var db = factory.OpenDetachedContext();
        return await db.Tenants.Where(t => t.Slug == Domain.Tenants.TenantSlug.Create(slug)).Select(t => t.Id).SingleAsync();
    }
}
