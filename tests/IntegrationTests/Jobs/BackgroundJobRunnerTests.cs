using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Application.Jobs.GetBackgroundJob;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Jobs;

/// <summary>ADR 0032: background jobs queued in the database, taken by one node, taken over when a node dies.</summary>
public sealed class BackgroundJobRunnerTests
{
    [Fact]
    public async Task QueuedJob_RunsOnce_InItsTenant_AsItsRequester_WithProgressAndResult()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("jobs-run");
        var id = await factory.EnqueueAsync(tenant, "test.count", "3", admin);

        var ran = await factory.Runner().RunNextAsync(CancellationToken.None);
        var again = await factory.Runner().RunNextAsync(CancellationToken.None);

        Assert.True(ran);
        Assert.False(again);
        var job = await factory.LoadAsync(tenant, id);
        Assert.Equal((BackgroundJobState.Succeeded, "counting", 3L, 3L, "{\"n\":3}", 1), (job.State, job.Stage, job.Done, job.Total, job.Result, job.Attempts));
        var seen = Assert.Single(factory.Seen);
        Assert.Equal((tenant, admin, Permission.All), (seen.Tenant, seen.Account, seen.Permissions));
    }

    [Fact]
    public async Task HandlerThatThrows_FailsTheJobWithACode_AndIsNotRetried()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("jobs-fail");
        var id = await factory.EnqueueAsync(tenant, "test.fail", "", admin);

        await factory.Runner().RunNextAsync(CancellationToken.None);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var retried = await factory.Runner().RunNextAsync(CancellationToken.None);

        var job = await factory.LoadAsync(tenant, id);
        Assert.Equal((BackgroundJobState.Failed, "job.failed", 1), (job.State, job.ErrorCode, job.Attempts));
        Assert.False(retried);
    }

    [Fact]
    public async Task JobOfANodeThatDied_IsTakenOverOnlyAfterItsLeaseRunsOut()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("jobs-takeover");
        var id = await factory.EnqueueAsync(tenant, "test.count", "2", admin);
        await factory.ClaimAsDeadNodeAsync(tenant, id);

        var early = await factory.Runner().RunNextAsync(CancellationToken.None);
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var late = await factory.Runner().RunNextAsync(CancellationToken.None);

        Assert.False(early);
        Assert.True(late);
        var job = await factory.LoadAsync(tenant, id);
        Assert.Equal((BackgroundJobState.Succeeded, 2), (job.State, job.Attempts));
        Assert.Single(factory.Seen);
    }

    [Fact]
    public async Task TwoNodesPollingTogether_RunAJobOnce()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("jobs-race");
        await factory.EnqueueAsync(tenant, "test.count", "1", admin);
        var a = factory.Runner("node-a");
        var b = factory.Runner("node-b");

        var results = await Task.WhenAll(
            Task.Run(() => a.RunNextAsync(CancellationToken.None)),
            Task.Run(() => b.RunNextAsync(CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r));
        Assert.Single(factory.Seen);
    }

    [Fact]
    public async Task RequesterDisabledBeforeTheJobStarts_FailsIt_WithoutRunningTheHandler()
    {
        await using var factory = new Factory();
        var (tenant, _) = await factory.TenantWithAdminAsync("jobs-disabled");
        AccountId clerk;
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var account = Account.Register(tenant, LoginId.Create("clerk"), "担当", null, AccountRole.LimitedAdmin, Permission.ManageEmployees, [], DateTime.UtcNow);
            account.Disable(DateTime.UtcNow);
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
            clerk = account.Id;
        }

        var id = await factory.EnqueueAsync(tenant, "test.count", "1", clerk);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        Assert.Equal(("job.requester_disabled", BackgroundJobState.Failed), ((await factory.LoadAsync(tenant, id)).ErrorCode, (await factory.LoadAsync(tenant, id)).State));
        Assert.Empty(factory.Seen);
    }

    [Fact]
    public async Task Progress_IsVisibleOnlyToItsRequester_InItsTenant()
    {
        await using var factory = new Factory();
        var tenant = new TenantId((await factory.CreateTenantAsync("jobs-mine")).TenantId);
        var other = new TenantId((await factory.CreateTenantAsync("jobs-other")).TenantId);
        var mine = await factory.EnqueueAsync(tenant, "test.count", "1", new AccountId(YeaWebApplicationFactory.TestAccountId));
        var someoneElses = await factory.EnqueueAsync(tenant, "test.count", "1", AccountId.New());

        var dto = await factory.SendAsync<BackgroundJobDto>(new GetBackgroundJobQuery(mine), tenant);

        Assert.Equal(("Queued", "test.count"), (dto.State, dto.Kind));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<BackgroundJobDto>(new GetBackgroundJobQuery(someoneElses), tenant));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<BackgroundJobDto>(new GetBackgroundJobQuery(mine), other));
    }

    public sealed record SeenRun(TenantId Tenant, AccountId? Account, Permission Permissions);

    /// <summary>Counts to the payload's number, reporting each step; records where and as whom it ran.</summary>
    private sealed class CountingHandler(ConcurrentBag<SeenRun> seen, ITenantContext tenant, ICurrentUser user) : IBackgroundJobHandler
    {
        public string Kind => "test.count";

        public Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
        {
            seen.Add(new SeenRun(tenant.TenantId!.Value, user.AccountId, user.Permissions));
            var n = int.Parse(context.Payload, CultureInfo.InvariantCulture);
            for (var i = 1; i <= n; i++)
            {
                context.Report("counting", i, n);
            }

            return Task.FromResult<string?>($"{{\"n\":{n}}}");
        }
    }

    private sealed class FailingHandler : IBackgroundJobHandler
    {
        public string Kind => "test.fail";

        public Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class Factory : YeaWebApplicationFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero));

        public ConcurrentBag<SeenRun> Seen { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton(Seen);
                services.AddScoped<IBackgroundJobHandler, CountingHandler>();
                services.AddScoped<IBackgroundJobHandler, FailingHandler>();
            });
        }

        /// <summary>The host's runner, or another one playing a second node on the same database.</summary>
        public BackgroundJobRunner Runner(string? node = null) => node is null
            ? Services.GetRequiredService<BackgroundJobRunner>()
            : new BackgroundJobRunner(
                Services.GetRequiredService<IServiceScopeFactory>(), Clock,
                Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobOptions>>(),
                Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<BackgroundJobRunner>>()) { Node = node };

        public async Task<(TenantId Tenant, AccountId Admin)> TenantWithAdminAsync(string slug)
        {
            var tenant = new TenantId((await CreateTenantAsync(slug)).TenantId);
            await using var scope = TenantScope(tenant);
            var admin = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.SingleAsync();
            return (tenant, admin.Id);
        }

        public async Task<Guid> EnqueueAsync(TenantId tenant, string kind, string payload, AccountId requester)
        {
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var job = BackgroundJob.Enqueue(tenant, kind, payload, requester, null, Clock.GetUtcNow().UtcDateTime);
            db.BackgroundJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        }

        public async Task ClaimAsDeadNodeAsync(TenantId tenant, Guid id)
        {
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var job = await db.BackgroundJobs.SingleAsync(j => j.Id == id);
            Assert.True(job.Claim("dead-node", Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(2)));
            await db.SaveChangesAsync();
        }

        public async Task<BackgroundJob> LoadAsync(TenantId tenant, Guid id)
        {
            await using var scope = TenantScope(tenant);
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id);
        }
    }
}
