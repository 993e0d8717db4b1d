using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Cluster.Real;

/// <summary>
/// Issue 14's cluster tests against real processes (ADR 0051): three nodes on one PostgreSQL behind nginx. Each test
/// leaves the cluster running whole (a killed node or a stopped database is started again before it ends).
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed partial class RealClusterTests(RealCluster cluster)
{
    private const string Slug = RealCluster.Slug;

    [Fact]
    public async Task SignedInPages_ThroughNginx_AreServedByAllThreeNodes()
    {
        using var admin = cluster.Client("127.0.0.11", jar: cluster.AdminSession);
        var served = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 12 && served.Count < 3; i++)
        {
            var response = await admin.GetAsync($"/{Slug}/admin/employees");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.EndsWith("/admin/employees", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
            served.Add(response.Headers.GetValues("X-Served-By").Single());
        }

        Assert.Equal(["node1", "node2", "node3"], served.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SignOutOnOneNode_EndsTheSessionOnEveryNode()
    {
        var jar = new CookieContainer();
        using var viaNginx = cluster.Client("127.0.0.12", jar: jar);
        var signedIn = await AuthWebApplicationFactory.SignInAsync(viaNginx, Slug, "admin", RealCluster.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        using var node1 = cluster.Client("127.0.0.12", cluster.Node(1), jar);
        using var node2 = cluster.Client("127.0.0.12", cluster.Node(2), jar, followRedirects: false);
        using var node3 = cluster.Client("127.0.0.12", cluster.Node(3), jar, followRedirects: false);
        var before = await node2.GetAsync($"/{Slug}/admin/employees");
        var copied = jar.GetCookieHeader(cluster.Balancer);

        var home = await node1.GetStringAsync($"/{Slug}/");
        var signedOut = await node1.PostAsync($"/{Slug}/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(home),
        }));

        // The cookie as it was before signing out, replayed on the other nodes.
        var afterOn2 = await ReplayAsync(node2, copied);
        var afterOn3 = await ReplayAsync(node3, copied);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("node1", signedOut.Headers.GetValues("X-Served-By").Single());
        Assert.Equal(HttpStatusCode.Redirect, afterOn2.StatusCode);
        Assert.Contains("/login", afterOn2.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterOn3.StatusCode);
        Assert.Contains("/login", afterOn3.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThirtyFailedSignIns_SpreadOverTheNodes_MeetThePerAddressBudget()
    {
        using var attacker = cluster.Client("127.0.0.13");
        var answers = new List<(HttpStatusCode Status, string Node)>();
        for (var i = 0; i < 30; i++)
        {
            // A new ID each time: only the per-address budget (20 a minute) can answer 429.
            var response = await AuthWebApplicationFactory.SignInAsync(attacker, Slug, $"nobody{i}", "some wrong password");
            answers.Add((response.StatusCode, response.Headers.GetValues("X-Served-By").Single()));
        }

        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        var answered = answers.Where(a => a.Status == HttpStatusCode.OK).ToList();
        Assert.Equal((20, 10), (answered.Count, refused.Count));
        Assert.Equal(3, answered.Select(a => a.Node).Distinct().Count());
        Assert.True(refused.Select(a => a.Node).Distinct().Count() >= 2, "the refusals come from several nodes");
    }

    [Fact]
    public async Task ImportConfirmed_WhileItsNodeIsKilled_EndsAppliedOnceOrNotAtAll()
    {
        const int rows = 50_000;
        using var admin = cluster.Client("127.0.0.14", jar: cluster.AdminSession);
        var tenant = await DemoTenantAsync();
        var employeesBefore = await EmployeesAsync(tenant);
        var preview = await ImportPages.PreviewAsync(admin, Slug, Csv("K", rows));
        var jobId = JobIdOf(await ConfirmAsync(admin, preview));

        var killed = await KillItsNodeMidImportAsync(jobId);
        try
        {
            var job = await FinishedAsync(jobId, TimeSpan.FromSeconds(90));
            var imports = await ImportsOfAsync(jobId);
            var added = await EmployeesAsync(tenant) - employeesBefore;
            Assert.True(job.Attempts >= 2, $"node{killed} was killed while it ran the job, yet attempts = {job.Attempts}");
            Assert.Equal(job.State == BackgroundJobState.Succeeded ? (rows, 1) : (0, 0), (added, imports));
        }
        finally
        {
            await cluster.RestartStoppedAsync();
        }
    }

    [Fact]
    public async Task ConcurrentEditsOfOneEmployee_OnTwoNodes_OneWins_TheOtherGetsTheConflict()
    {
        using var admin = cluster.Client("127.0.0.15", jar: cluster.AdminSession);
        var preview = await ImportPages.PreviewAsync(admin, Slug, Csv("C", 1));
        await FinishedAsync(JobIdOf(await ConfirmAsync(admin, preview)), TimeSpan.FromSeconds(60));
        var id = EmployeeLink().Match(await admin.GetStringAsync($"/{Slug}/admin/employees?q=C000000")).Groups[1].Value;
        using var node1 = cluster.Client("127.0.0.15", cluster.Node(1), cluster.AdminSession);
        using var node2 = cluster.Client("127.0.0.15", cluster.Node(2), cluster.AdminSession);
        var form1 = await node1.GetStringAsync($"/{Slug}/admin/employees/{id}/edit");
        var form2 = await node2.GetStringAsync($"/{Slug}/admin/employees/{id}/edit");

        var saves = await Task.WhenAll(
            node1.PostAsync($"/{Slug}/admin/employees/{id}/edit", EditForm(form1, "D11", "第一営業部")),
            node2.PostAsync($"/{Slug}/admin/employees/{id}/edit", EditForm(form2, "D12", "第二営業部")));

        var pages = await Task.WhenAll(saves.Select(s => s.Content.ReadAsStringAsync()));
        Assert.Single(pages, p => p.Contains("監査ログに記録されました", StringComparison.Ordinal));
        Assert.Single(pages, p => p.Contains("他の担当者が先に更新しました", StringComparison.Ordinal));
        var winner = pages.Single(p => p.Contains("監査ログに記録されました", StringComparison.Ordinal)).Contains("第一営業部", StringComparison.Ordinal) ? "第一営業部" : "第二営業部";
        Assert.Contains(winner, await admin.GetStringAsync($"/{Slug}/admin/employees/{id}"));
    }

    [Fact]
    public async Task Readiness_Answers503WithoutTheDatabase_AndRecoversByItself()
    {
        using var probe = cluster.Client("127.0.0.16", cluster.Node(2));
        var before = await probe.GetAsync("/health/ready");
        HttpStatusCode during;
        await cluster.StopDatabaseAsync();
        try
        {
            during = await PollAsync(probe, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await cluster.StartDatabaseAsync();
        }

        var after = await PollAsync(probe, HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (before.StatusCode, during, after));
    }

    [Fact]
    public async Task BoundedLoad_200ClientsSavingThroughNginx_WithANodeKilledAndRestarted_LosesNoAcknowledgedSave()
    {
        const int clients = 200;
        const string department = "LOAD";
        using var admin = cluster.Client("127.0.0.17", jar: cluster.AdminSession);
        var preview = await ImportPages.PreviewAsync(admin, Slug, Csv("L", clients, department));
        await FinishedAsync(JobIdOf(await ConfirmAsync(admin, preview)), TimeSpan.FromSeconds(60));
        var tenant = await DemoTenantAsync();
        List<Guid> ids;
        await using (var db = cluster.OpenDatabase())
        {
            ids = await db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == tenant && e.DepartmentCode == department)
                .Select(e => e.Id.Value).ToListAsync();
        }

        Assert.Equal(clients, ids.Count);

        // Each simulated user edits its own record through nginx (the admin's session, every save a real write
        // with its optimistic version) until the time is up; node2 is killed a third of the way in and started again.
        var stop = DateTime.UtcNow.AddSeconds(16);
        var outcomes = ids.Select(_ => new SaveLog()).ToArray();
        using var load = cluster.Client("127.0.0.17", jar: cluster.AdminSession);
        var users = ids.Select((id, i) => Task.Run(() => SaveUntilAsync(load, id, outcomes[i], stop))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(5));
        cluster.KillNode(2);
        var restart = cluster.RestartStoppedAsync();
        await Task.WhenAll(users);
        await restart;

        Dictionary<Guid, string?> stored;
        await using (var db = cluster.OpenDatabase())
        {
            stored = await db.Employees.IgnoreQueryFilters().Where(e => e.TenantId == tenant && e.DepartmentCode == department)
                .ToDictionaryAsync(e => e.Id.Value, e => e.DepartmentName);
        }

        // The load did real work: nearly every user had a save acknowledged (a few lose their only saves to the kill).
        Assert.True(outcomes.Count(o => o.Acknowledged.Count > 0) >= clients * 9 / 10, "most users saved at least once");
        Assert.DoesNotContain(outcomes.SelectMany(o => o.ServerErrors), node => node != "node2" && node != "(balancer)");
        for (var i = 0; i < ids.Count; i++)
        {
            // The last acknowledged value, or one sent after it whose answer was lost with the killed node.
            var log = outcomes[i];
            var allowed = log.Acknowledged.Count == 0 ? log.Sent : log.Sent.Skip(log.Sent.LastIndexOf(log.Acknowledged[^1]));
            Assert.Contains(stored[ids[i]], allowed.Append(log.Acknowledged.Count == 0 ? "総務部" : log.Acknowledged[^1]));
        }
    }

    private static async Task SaveUntilAsync(HttpClient client, Guid id, SaveLog log, DateTime stop)
    {
        var path = $"/{Slug}/admin/employees/{id}/edit";
        for (var n = 0; DateTime.UtcNow < stop; n++)
        {
            try
            {
                var form = await client.GetAsync(path);
                if (!form.IsSuccessStatusCode)
                {
                    log.Answered(form);
                    continue;
                }

                var value = $"{id.ToString("N")[..8]}-{n}";
                log.Sent.Add(value);
                var saved = await client.PostAsync(path, EditForm(await form.Content.ReadAsStringAsync(), "LOAD", value));
                log.Answered(saved);
                if (saved.IsSuccessStatusCode && (await saved.Content.ReadAsStringAsync()).Contains("監査ログに記録されました", StringComparison.Ordinal))
                {
                    log.Acknowledged.Add(value);
                }
            }
            catch (HttpRequestException)
            {
                // The connection itself was cut (the killed node's request): nothing was acknowledged.
            }
        }
    }

    /// <summary>One simulated user's values in the order sent, the acknowledged ones, and who answered 5xx.</summary>
    private sealed class SaveLog
    {
        public List<string> Sent { get; } = [];

        public List<string> Acknowledged { get; } = [];

        public List<string> ServerErrors { get; } = [];

        public void Answered(HttpResponseMessage response)
        {
            if ((int)response.StatusCode >= 500)
            {
                // nginx answers 502/504 itself (no node header) when the upstream it chose died mid-request.
                ServerErrors.Add(response.Headers.TryGetValues("X-Served-By", out var node) ? node.Single() : "(balancer)");
            }
        }
    }

    private static async Task<HttpStatusCode> PollAsync(HttpClient probe, HttpStatusCode wanted, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        HttpStatusCode last;
        do
        {
            last = (await probe.GetAsync("/health/ready")).StatusCode;
            if (last == wanted)
            {
                break;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < until);
        return last;
    }

    private static async Task<HttpResponseMessage> ReplayAsync(HttpClient node, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{Slug}/admin/employees");
        request.Headers.Add("Cookie", cookie);
        return await node.SendAsync(request);
    }

    /// <summary>Waits until a node holds the job and is writing (or has held it 1.5 s), then kills that node; its number.</summary>
    private async Task<int> KillItsNodeMidImportAsync(Guid jobId)
    {
        DateTime? claimed = null;
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            await using (var db = cluster.OpenDatabase())
            {
                var job = await db.BackgroundJobs.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == jobId);
                Assert.False(job.IsFinished, "The import finished before its node could be killed.");
                if (job is { State: BackgroundJobState.Running, LeaseOwner: { } owner })
                {
                    claimed ??= DateTime.UtcNow;
                    if (job.Stage == nameof(Application.Employees.Import.EmployeeImportStage.Writing) || DateTime.UtcNow - claimed > TimeSpan.FromSeconds(1.5))
                    {
                        // Lease owners are "machine:pid:guid"; the pid names the node the script started.
                        var pid = int.Parse(owner.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
                        var node = Enumerable.Range(1, 3).Single(n => cluster.NodePid(n) == pid);
                        cluster.KillNode(node);
                        return node;
                    }
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No node took the import within a minute.");
    }

    private async Task<BackgroundJob> FinishedAsync(Guid jobId, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            await using (var db = cluster.OpenDatabase())
            {
                var job = await db.BackgroundJobs.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == jobId);
                if (job.IsFinished || DateTime.UtcNow > until)
                {
                    Assert.True(job.IsFinished, $"The job is still {job.State} after {limit}.");
                    return job;
                }
            }

            await Task.Delay(250);
        }
    }

    private async Task<int> ImportsOfAsync(Guid jobId)
    {
        var marker = EmployeeImportAudit.JobMarker(jobId);
        await using var db = cluster.OpenDatabase();
        return await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditAction.EmployeesImported && a.Detail!.EndsWith(marker));
    }

    private async Task<Domain.SharedKernel.TenantId> DemoTenantAsync()
    {
        await using var db = cluster.OpenDatabase();
        return (await db.Tenants.AsNoTracking().ToListAsync()).Single(t => t.Slug.Value == Slug).Id;
    }

    private async Task<int> EmployeesAsync(Domain.SharedKernel.TenantId tenant)
    {
        await using var db = cluster.OpenDatabase();
        return await db.Employees.IgnoreQueryFilters().CountAsync(e => e.TenantId == tenant);
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient admin, string preview) =>
        admin.PostAsync($"/{Slug}/admin/employees/import?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["uploadId"] = ImportPages.HiddenValue(preview, "uploadId"),
            ["fingerprint"] = ImportPages.HiddenValue(preview, "fingerprint"),
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(preview),
        }));

    private static Guid JobIdOf(HttpResponseMessage queued)
    {
        var path = queued.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("/admin/employees/import/jobs/[0-9a-f]{32}$", path);
        return Guid.ParseExact(path[(path.LastIndexOf('/') + 1)..], "N");
    }

    private static FormUrlEncodedContent EditForm(string form, string department, string departmentName) =>
        new(Employees.Support.EmployeeEditForm.Fields(form, department, departmentName));

    /// <summary>An employee file of <paramref name="rows"/> new employees numbered <paramref name="prefix"/>000000…</summary>
    private static byte[] Csv(string prefix, int rows, string department = "D01")
    {
        var text = new StringBuilder("社員番号,氏名,フリガナ,生年月日,性別,郵便番号,住所,入社日,退職日,部署コード,部署名,メールアドレス,個人番号,ログインID,権限,初期パスワード\r\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(prefix).Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
                .Append(",山田 太郎,ヤマダ タロウ,S60.4.1,男,100-0001,東京都千代田区千代田1-1,H22.4.1,,").Append(department).Append(",総務部,,,,,\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [GeneratedRegex("/admin/employees/([0-9a-f-]{36})\"")]
    private static partial Regex EmployeeLink();
}
