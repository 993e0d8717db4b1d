using YearEndAdjustment.Application.Declarations.ListDeclarations;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Results.GetCalculationState;
using YearEndAdjustment.Application.Results.PublishResults;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Results;

/// <summary>The dashboard's calculation card and the list's "changed since last calculation" filter (ADR 0040).</summary>
public sealed partial class CalculationRunTests
{
    [Fact]
    public async Task ChangedFilter_ListsReapprovedAndPayrollChanged_NotCurrentOnes_NorUncalculated()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-changed");
        var seeded = await factory.SeedAsync(tenant, 6, [2025]);
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));

        var none = await factory.SendAsAsync<DeclarationListPage>(new ListDeclarationsQuery(2025, ChangedSinceCalculation: true), tenant, admin);
        Assert.Empty(none.Items);

        // One reopened and approved again (a new declaration version), one with a payroll re-import.
        await factory.ReopenAndReapproveAsync(tenant, seeded.Approved[0], 2025);
        await factory.ChangePayrollAsync(tenant, seeded.Approved[1], 2025);
        var numbers = (await factory.NumbersAsync(tenant)).ToDictionary(p => p.Value, p => p.Key);

        var changed = await factory.SendAsAsync<DeclarationListPage>(new ListDeclarationsQuery(2025, ChangedSinceCalculation: true), tenant, admin);
        Assert.Equal(
            new[] { numbers[seeded.Approved[0]], numbers[seeded.Approved[1]] }.Order(StringComparer.Ordinal),
            changed.Items.Select(i => i.EmployeeNumber).Order(StringComparer.Ordinal));
        Assert.Equal(2, changed.Total);

        // Combined with other filters, and within a limited admin's departments (Approved[1] is in D2).
        var d1Only = await factory.SendAsAsync<DeclarationListPage>(
            new ListDeclarationsQuery(2025, ChangedSinceCalculation: true), tenant, admin, Permission.ReviewDeclarations, "D1");
        Assert.Equal([numbers[seeded.Approved[0]]], d1Only.Items.Select(i => i.EmployeeNumber));
        var drafts = await factory.SendAsAsync<DeclarationListPage>(new ListDeclarationsQuery(2025, Status: "Draft", ChangedSinceCalculation: true), tenant, admin);
        Assert.Empty(drafts.Items);

        var all = await factory.SendAsAsync<DeclarationListPage>(new ListDeclarationsQuery(2025), tenant, admin);
        Assert.Equal(seeded.Approved.Count + 1, all.Total);
    }

    [Fact]
    public async Task CalculationState_IsRefusedWithoutRunCalculations_EvenToAReviewer()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-state-perm");
        await factory.SeedAsync(tenant, 2, [2025]);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<CalculationStateDto>(
            new GetCalculationStateQuery(2025), tenant, admin, Permission.ReviewDeclarations | Permission.ApproveDeclarations));
        var state = await factory.SendAsAsync<CalculationStateDto>(new GetCalculationStateQuery(2025), tenant, admin, Permission.RunCalculations);
        Assert.Equal(2, state.NotRun);
    }

    /// <summary>
    /// ADR 0056: the card's counts are kept per node; a command or job of this node shows on the next view, a change
    /// written by another node within the documented 30 seconds (fake clock).
    /// </summary>
    [Fact]
    public async Task CalculationState_IsKept_UntilThisNodeWrites_OrAnotherNodesChangeIsThirtySecondsOld()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-state-kept");
        var seeded = await factory.SeedAsync(tenant, 4, [2025]);
        Task<CalculationStateDto> StateAsync() => factory.SendAsAsync<CalculationStateDto>(new GetCalculationStateQuery(2025), tenant, admin, Permission.RunCalculations);

        var before = await StateAsync();
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));
        var afterRun = await StateAsync();

        // Another node reopens and approves one declaration again: its result goes stale there.
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var declaration = await db.Declarations.SingleAsync(d => d.EmployeeId == seeded.Approved[1] && d.TaxYear == new TaxYear(2025));
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            declaration.Reopen("扶養親族の確認", now);
            declaration.Submit(seeded.Approved[1], now);
            declaration.Approve(now);
            await db.SaveChangesAsync();
        }

        // The session check every page runs is a command too, but writes nothing a read model shows.
        var generation = factory.Services.GetRequiredService<Application.Abstractions.TenantWriteGeneration>();
        var beforeCheck = generation.Current(tenant);
        await factory.SendAsAsync<Application.Accounts.ValidateSession.SessionState?>(new Application.Accounts.ValidateSession.ValidateSessionCommand(Guid.NewGuid(), admin.Value), tenant, admin);
        Assert.Equal(beforeCheck, generation.Current(tenant));

        var withinBound = await StateAsync();
        factory.Clock.Advance(GetCalculationStateQueryHandler.MaxAge);
        var afterBound = await StateAsync();
        await factory.SendAsAsync<PublishResultsResult>(new PublishResultsCommand(2025, [seeded.Approved[0].Value]), tenant, admin);
        var afterPublish = await StateAsync();

        var approved = seeded.Approved.Count;
        Assert.Equal((approved, 0, 0), (before.NotRun, before.Current, before.Stale));
        Assert.Equal((0, approved, 0), (afterRun.NotRun, afterRun.Current, afterRun.Stale));
        Assert.Equal(afterRun, withinBound);
        Assert.Equal((approved - 1, 1), (afterBound.Current, afterBound.Stale));
        Assert.Equal((approved - 1, 1, 1), (afterPublish.Current, afterPublish.Stale, afterPublish.Published));
    }

    [Fact]
    public async Task Dashboard_ShowsTheCalculationCard_WithTheStaleLinkIntoTheFilteredList_InBothLanguages_OnlyToThoseWhoRunCalculations()
    {
        await using var factory = new Factory();
        const string slug = "calc-dash";
        const string password = "correct horse battery staple 42";
        var created = await factory.CreateTenantAsync(slug);
        var tenant = new TenantId(created.TenantId);
        var admin = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, slug, "admin", created.InitialPassword, password);
        var reviewerPassword = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, slug, "reviewer", "審査 担当");
        var seeded = await factory.SeedAsync(tenant, 4, [2025]);
        var adminId = await factory.AccountIdAsync(tenant, "admin");
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, adminId);
        Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));
        await factory.ReopenAndReapproveAsync(tenant, seeded.Approved[2], 2025);

        var page = await admin.GetStringAsync($"/{slug}/admin?year=2025");
        Assert.Contains("id=\"calc-heading\">計算</h2>", page);
        Assert.Contains("再計算が必要", page);
        Assert.Contains($"href=\"/{slug}/admin/declarations/2025?changed=1\"", page);
        Assert.Contains($"href=\"/{slug}/admin/results/2025\"", page);
        Assert.Contains("計算のあとで申告書または給与の集計が変わった人が1人います。", page);

        var list = await admin.GetStringAsync($"/{slug}/admin/declarations/2025?changed=1");
        Assert.Contains("E00002", list);
        Assert.DoesNotContain("E00001", list);
        Assert.Contains("id=\"changed\" name=\"changed\" value=\"1\" checked=\"checked\"", list);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{slug}/admin?year=2025");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await admin.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"calc-heading\">Calculation</h2>", english);
        Assert.Contains("1 people had their declaration or payroll totals changed after the calculation.", english);

        // A reviewer without RunCalculations sees the dashboard but not the card.
        await factory.GrantAsync(tenant, "reviewer", Permission.ReviewDeclarations, ["D1", "D2"]);
        var reviewer = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(reviewer, slug, "reviewer", reviewerPassword, password);
        var reviewerPage = await reviewer.GetStringAsync($"/{slug}/admin?year=2025");
        Assert.Contains("年末調整ダッシュボード", reviewerPage);
        Assert.DoesNotContain("calc-heading", reviewerPage);
    }

    internal sealed partial class Factory
    {
        public async Task ReopenAndReapproveAsync(TenantId tenant, EmployeeId employee, int year)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var declaration = await db.Declarations.SingleAsync(d => d.EmployeeId == employee && d.TaxYear == new TaxYear(year));
            var now = Clock.GetUtcNow().UtcDateTime;
            declaration.Reopen("扶養親族の確認", now);
            declaration.Submit(employee, now);
            declaration.Approve(now);
            await db.SaveChangesAsync();
        }

        public async Task<AccountId> AccountIdAsync(TenantId tenant, string loginId)
        {
            await using var scope = TenantScope(tenant);
            var login = LoginId.Create(loginId);
            return (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.SingleAsync(a => a.LoginId == login)).Id;
        }

        public async Task GrantAsync(TenantId tenant, string loginId, Permission permissions, string[] departments)
        {
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var login = LoginId.Create(loginId);
            var account = await db.Accounts.SingleAsync(a => a.LoginId == login);
            account.AssignRole(AccountRole.LimitedAdmin, permissions, departments);
            await db.SaveChangesAsync();
        }
    }
}
