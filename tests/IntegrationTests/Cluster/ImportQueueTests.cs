using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.StartEmployeeImport;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Cluster;

/// <summary>
/// ADR 0051: a confirmed employee import is a job in the database. Whichever node the admin confirmed on, any node
/// runs it; a node that died mid-import leaves it to another node, which applies the file once.
/// </summary>
public sealed class ImportQueueTests(SharedStateTests.TwoNodes nodes) : IClassFixture<SharedStateTests.TwoNodes>
{
    private const int SampleEmployees = 5;

    [Fact]
    public async Task ConfirmedOnA_RunsOnB_AndItsPageAnswersOnBothNodes_OnlyForItsTenant()
    {
        var onA = await SignedInAsync("iq-nodes", "192.0.2.101");
        var onB = nodes.B.CreateClientWithJar(onA.Jar);
        onB.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "192.0.2.101");
        var (stranger, _) = await nodes.B.AdminClientAsync("iq-nodes-other");

        var done = await ImportPages.ConfirmAsync(onA.Client, "iq-nodes", await PreviewAsync(onA.Client, "iq-nodes"), nodes.B);
        var jobPath = done.RequestMessage!.RequestUri!.AbsolutePath;
        var fromB = await onB.GetAsync(jobPath);
        var fromOtherTenant = await stranger.GetAsync(jobPath.Replace("/iq-nodes/", "/iq-nodes-other/", StringComparison.Ordinal));

        var html = await done.Content.ReadAsStringAsync();
        Assert.True(html.Contains("取り込みました（追加 5 人", StringComparison.Ordinal), html);
        Assert.Equal("node-a", done.Headers.GetValues("X-Served-By").Single());
        Assert.Equal("node-b", fromB.Headers.GetValues("X-Served-By").Single());
        Assert.Contains("取り込みました（追加 5 人", await fromB.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, fromOtherTenant.StatusCode);
        Assert.Equal(SampleEmployees, await EmployeesAsync(onA.Tenant));
    }

    [Fact]
    public async Task SecondConfirmWhileOneIsQueued_IsRefusedWithAPlainMessage()
    {
        var admin = await SignedInAsync("iq-busy", "192.0.2.102");
        var first = await PreviewAsync(admin.Client, "iq-busy");
        var second = await PreviewAsync(admin.Client, "iq-busy");

        var queued = await ConfirmOnlyAsync(admin.Client, "iq-busy", first);
        var refused = await ConfirmOnlyAsync(admin.Client, "iq-busy", second);

        Assert.Matches("/admin/employees/import/jobs/[0-9a-f]{32}$", queued.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("別の取り込みを実行中です", await refused.Content.ReadAsStringAsync());
        await using var db = nodes.A.OpenDetachedContext();
        var tenant = new TenantId(admin.Tenant);
        Assert.Equal(1, await db.BackgroundJobs.IgnoreQueryFilters().CountAsync(j => j.TenantId == tenant && j.Kind == EmployeeImportPayload.Kind));
    }

    [Fact]
    public async Task JobOfANodeThatDiedBeforeCommitting_IsResumedOnTheOtherNode_AndAppliedOnce()
    {
        var admin = await SignedInAsync("iq-resume", "192.0.2.103");
        var queued = await ConfirmOnlyAsync(admin.Client, "iq-resume", await PreviewAsync(admin.Client, "iq-resume"));
        var jobId = JobIdOf(queued);
        await ClaimAsDeadNodeAsync(admin.Tenant, jobId);

        Assert.True(await nodes.B.Services.GetRequiredService<BackgroundJobRunner>().RunNextAsync(CancellationToken.None));

        var (job, imports) = await OutcomeAsync(admin.Tenant, jobId);
        Assert.Equal((BackgroundJobState.Succeeded, 2), (job.State, job.Attempts));
        Assert.Equal(SampleEmployees, EmployeeImportSummary.TryParse(job.Result)!.Added);
        Assert.Equal(1, imports);
        Assert.Equal(SampleEmployees, await EmployeesAsync(admin.Tenant));
        Assert.Equal(0, await UploadsAsync(admin.Tenant));
    }

    [Fact]
    public async Task JobOfANodeThatDiedAfterCommitting_IsReportedFromItsAuditEntry_NotAppliedAgain()
    {
        var admin = await SignedInAsync("iq-twice", "192.0.2.104");
        var queued = await ConfirmOnlyAsync(admin.Client, "iq-twice", await PreviewAsync(admin.Client, "iq-twice"));
        var jobId = JobIdOf(queued);

        // The dead node's attempt: the import committed (its audit entry names the job), then the node stopped
        // before it could delete the upload or mark the job done.
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        var committed = await nodes.A.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(new MemoryStream(sample), null, null, jobId), new TenantId(admin.Tenant));
        await ClaimAsDeadNodeAsync(admin.Tenant, jobId);

        Assert.True(await nodes.B.Services.GetRequiredService<BackgroundJobRunner>().RunNextAsync(CancellationToken.None));

        var (job, imports) = await OutcomeAsync(admin.Tenant, jobId);
        Assert.True(committed.Applied);
        Assert.Equal((BackgroundJobState.Succeeded, 2), (job.State, job.Attempts));
        var summary = EmployeeImportSummary.TryParse(job.Result)!;
        Assert.Equal((true, SampleEmployees, 0), (summary.Applied, summary.Added, summary.Unchanged));
        Assert.Equal(1, imports);
        Assert.Equal(0, await UploadsAsync(admin.Tenant));
    }

    private async Task<(HttpClient Client, CookieContainer Jar, Guid Tenant)> SignedInAsync(string slug, string ip)
    {
        var tenant = await nodes.A.CreateTenantAsync(slug);
        var jar = new CookieContainer();
        var client = nodes.A.CreateClientWithJar(jar);
        client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, ip);
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, slug, "admin", tenant.InitialPassword, "import queue passphrase 1");
        return (client, jar, tenant.TenantId);
    }

    private static async Task<string> PreviewAsync(HttpClient admin, string slug) =>
        await ImportPages.PreviewAsync(admin, slug, await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv")));

    /// <summary>Confirms without any node running the job: it stays queued.</summary>
    private static Task<HttpResponseMessage> ConfirmOnlyAsync(HttpClient admin, string slug, string preview) =>
        admin.PostAsync($"/{slug}/admin/employees/import?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["uploadId"] = ImportPages.HiddenValue(preview, "uploadId"),
            ["fingerprint"] = ImportPages.HiddenValue(preview, "fingerprint"),
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(preview),
        }));

    private static Guid JobIdOf(HttpResponseMessage queued)
    {
        var path = queued.RequestMessage!.RequestUri!.AbsolutePath;
        return Guid.ParseExact(path[(path.LastIndexOf('/') + 1)..], "N");
    }

    /// <summary>The killed node's claim: a lease that ran out ten minutes ago.</summary>
    private async Task ClaimAsDeadNodeAsync(Guid tenant, Guid jobId)
    {
        await using var scope = nodes.A.TenantScope(new TenantId(tenant));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.BackgroundJobs.SingleAsync(j => j.Id == jobId);
        var past = DateTime.UtcNow.AddMinutes(-12);
        Assert.True(job.Claim("dead-node", past, TimeSpan.FromMinutes(2)));
        await db.SaveChangesAsync();
    }

    private async Task<(BackgroundJob Job, int Imports)> OutcomeAsync(Guid tenant, Guid jobId)
    {
        await using var db = nodes.A.OpenDetachedContext();
        var job = await db.BackgroundJobs.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == jobId);
        var id = new TenantId(tenant);
        var imports = await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.TenantId == id && a.Action == AuditAction.EmployeesImported);
        return (job, imports);
    }

    private async Task<int> EmployeesAsync(Guid tenant)
    {
        await using var db = nodes.A.OpenDetachedContext();
        var id = new TenantId(tenant);
        return await db.Employees.IgnoreQueryFilters().CountAsync(e => e.TenantId == id);
    }

    private async Task<int> UploadsAsync(Guid tenant)
    {
        await using var db = nodes.A.OpenDetachedContext();
        var id = new TenantId(tenant);
        return await db.PendingUploads.IgnoreQueryFilters().CountAsync(u => u.TenantId == id);
    }
}
