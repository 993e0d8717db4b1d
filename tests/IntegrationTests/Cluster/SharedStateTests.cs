using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Cluster;

/// <summary>
/// ADR 0046: two nodes on one database, each with its own process state and its own empty key folder. Whatever one
/// node issued or counted, the other honours: cookies, sign-in budgets, uploads waiting for their confirm step.
/// </summary>
public sealed class SharedStateTests(SharedStateTests.TwoNodes nodes) : IClassFixture<SharedStateTests.TwoNodes>
{
    [Fact]
    public async Task CookieIssuedByOneNode_IsAcceptedByTheOther_WhoseKeyFolderIsEmpty()
    {
        var tenant = await nodes.A.CreateTenantAsync("sh-cookie");
        var jar = new CookieContainer();
        var onA = nodes.A.CreateClientWithJar(jar);
        onA.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "192.0.2.10");
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(onA, "sh-cookie", "admin", tenant.InitialPassword, "shared ring passphrase 1");
        var onB = nodes.B.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = YeaWebApplicationFactory.BaseAddress,
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/sh-cookie/account/history");
        request.Headers.Add("Cookie", jar.GetCookieHeader(YeaWebApplicationFactory.BaseAddress));
        var response = await onB.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("node-b", response.Headers.GetValues("X-Served-By").Single());
        Assert.False(Directory.Exists(nodes.B.DataProtectionKeysFolder) && Directory.EnumerateFiles(nodes.B.DataProtectionKeysFolder).Any());
    }

    [Fact]
    public async Task PerIpLimit_CountsPostsOnBothNodes()
    {
        await nodes.A.CreateTenantAsync("sh-ip");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // Alternating nodes, a new ID each time so the per-account budget never answers first.
            var client = (i % 2 == 0 ? nodes.A : nodes.B).CreateClient();
            client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "192.0.2.20");
            statuses.Add((await AuthWebApplicationFactory.SignInAsync(client, "sh-ip", "user" + i, "some wrong password")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task PerAccountLimit_CountsAttemptsOnBothNodes_AndTheRefusalComputesNoHash()
    {
        await nodes.A.CreateTenantAsync("sh-acct");
        for (var i = 0; i < 2; i++)
        {
            var client = (i % 2 == 0 ? nodes.A : nodes.B).CreateClient();
            client.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, $"192.0.2.{30 + i}");
            Assert.Equal(HttpStatusCode.OK, (await AuthWebApplicationFactory.SignInAsync(client, "sh-acct", "admin", "some wrong password")).StatusCode);
        }

        var attacker = nodes.B.CreateClient();
        attacker.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "192.0.2.40");
        var before = nodes.B.Hasher.Verifies;
        var refused = await AuthWebApplicationFactory.SignInAsync(attacker, "sh-acct", "admin", "some wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(before, nodes.B.Hasher.Verifies);
    }

    [Fact]
    public async Task UploadPreviewedOnOneNode_IsConfirmedOnTheOther()
    {
        var tenant = await nodes.A.CreateTenantAsync("sh-upload");
        var jar = new CookieContainer();
        var onA = nodes.A.CreateClientWithJar(jar);
        var onB = nodes.B.CreateClientWithJar(jar);
        onA.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "192.0.2.50");
        onB.DefaultRequestHeaders.Add(AuthWebApplicationFactory.PeerHeader, "192.0.2.50");
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(onA, "sh-upload", "admin", tenant.InitialPassword, "shared upload passphrase 1");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));

        var preview = await ImportPages.PreviewAsync(onA, "sh-upload", sample);
        var confirmed = await ImportPages.ConfirmAsync(onB, "sh-upload", preview, nodes.A);
        var list = await onA.GetStringAsync("/sh-upload/admin/employees?q=0001");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("山田 太郎", list);
        await using var db = nodes.A.OpenDetachedContext();
        var tenantId = new TenantId(tenant.TenantId);
        Assert.False(await db.PendingUploads.AnyAsync(u => u.TenantId == tenantId), "a confirmed upload is deleted");
    }

    [Fact]
    public async Task PendingUpload_OpensOnlyForItsOwner_InItsTenant_BeforeItExpires()
    {
        var firstTenant = new TenantId((await nodes.A.CreateTenantAsync("sh-owner-1")).TenantId);
        var otherTenant = new TenantId((await nodes.A.CreateTenantAsync("sh-owner-2")).TenantId);
        Guid id;
        await using (var scope = nodes.A.TenantScope(firstTenant))
        {
            id = await scope.ServiceProvider.GetRequiredService<IPendingUploadStore>().SaveAsync(firstTenant, "owner-1", new MemoryStream([1, 2, 3]), TimeSpan.FromHours(2), CancellationToken.None);
        }

        await using var onB = nodes.B.TenantScope(firstTenant);
        var store = onB.ServiceProvider.GetRequiredService<IPendingUploadStore>();
        await using var otherScope = nodes.B.TenantScope(otherTenant);
        var otherStore = otherScope.ServiceProvider.GetRequiredService<IPendingUploadStore>();

        Assert.Equal([1, 2, 3], await store.ReadAsync(firstTenant, "owner-1", id, CancellationToken.None));
        Assert.Null(await store.ReadAsync(firstTenant, "owner-2", id, CancellationToken.None));
        Assert.Null(await otherStore.ReadAsync(otherTenant, "owner-1", id, CancellationToken.None));
        Assert.Null(await otherStore.ReadAsync(firstTenant, "owner-1", id, CancellationToken.None));
    }

    [Fact]
    public async Task NodeName_IsOnEveryResponse_ErrorsIncluded()
    {
        var page = await nodes.A.CreateClient().GetAsync("/health/live");
        var missing = await nodes.B.CreateClient().GetAsync("/no-such-tenant/nothing-here");

        Assert.Equal("node-a", page.Headers.GetValues("X-Served-By").Single());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("node-b", missing.Headers.GetValues("X-Served-By").Single());
    }

    [Fact]
    public async Task Ready_ReportsTheJobQueue_AndA503WhileTheDatabaseIsLocked_ThenRecoversByItself()
    {
        await using var node = new Node(null, "node-r");

        // An empty file made first keeps SQLite's rollback journal (EF makes the files it creates WAL, where readers
        // pass any lock), so a lock held by another process stops this node's reads as a lost server would.
        await using (var create = new SqliteConnection(node.ConnectionString + ";Pooling=False"))
        {
            await create.OpenAsync();
        }

        var client = node.CreateClient();
        var before = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await before.Content.ReadAsStringAsync());

        HttpResponseMessage during;
        await using (var holder = new SqliteConnection(node.ConnectionString + ";Pooling=False"))
        {
            // Another process holding the file's exclusive lock: every read of this node is refused until it lets go.
            await holder.OpenAsync();
            await using var lockCommand = holder.CreateCommand();
            lockCommand.CommandText = "BEGIN EXCLUSIVE";
            await lockCommand.ExecuteNonQueryAsync();
            during = await client.GetAsync("/health/ready");
        }

        var after = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("no job queued", json.RootElement.GetProperty("checks").GetProperty("jobQueue").GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>A node with small budgets (per IP 3, per account 2) and a name; with <c>first</c>, a node of its deployment.</summary>
    public sealed class Node(YeaWebApplicationFactory? first, string name) : AuthWebApplicationFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?>(base.Settings)
                {
                    ["SignIn:PerIp:PermitLimit"] = "3",
                    ["SignIn:PerAccount:AttemptsPerWindow"] = "2",
                    ["Cluster:NodeName"] = name,
                };
                if (first is not null)
                {
                    settings["ConnectionStrings:Default"] = first.ConnectionString;
                    settings["Security:KeyDirectory"] = first.MasterKeyFolder;
                    settings["Demo:CreateOnFirstStart"] = "false";
                }

                return settings;
            }
        }
    }

    public sealed class TwoNodes : IDisposable
    {
        public TwoNodes()
        {
            A = new Node(null, "node-a");
            _ = A.Services; // started (and migrated) before B joins
            B = new Node(A, "node-b");
        }

        public Node A { get; }

        public Node B { get; }

        public void Dispose()
        {
            B.Dispose();
            A.Dispose();
        }
    }
}
