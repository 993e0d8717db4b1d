using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations.GetYearDashboard;
using YearEndAdjustment.Application.Declarations.ListDeclarations;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>Issue 12 item 1: the admin dashboard's counts, scope, warnings, deadline and links.</summary>
public sealed class YearDashboardTests
{
    private static readonly DateOnly Deadline = new(2025, 11, 28);

    private static readonly ProgressRow[] Layout =
    [
        new("D1", DeclarationStatus.NotStarted),
        new("D1", DeclarationStatus.Draft, Warnings: 2),
        new("D1", DeclarationStatus.Submitted, Warnings: 1),
        new("D1", DeclarationStatus.Submitted),
        new("D2", DeclarationStatus.Returned),
        new("D2", DeclarationStatus.Approved),
        new("D2", DeclarationStatus.Draft, Warnings: 5),
        new(null, DeclarationStatus.NotStarted),
    ];

    [Fact]
    public async Task Dashboard_CountsByStatusAndDepartment_WithWarningsAndDaysLeft_OnlyForTheTenant()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, _) = await factory.TenantWithAdminAsync("dash-counts");
        var (other, _) = await factory.TenantWithAdminAsync("dash-other");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);
        await factory.SeedYearAsync(other, 2025, Deadline, new ProgressRow("D1", DeclarationStatus.Submitted, 3));

        var dashboard = await factory.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant);

        Assert.Equal(2025, dashboard.TaxYear);
        Assert.Equal([2025], dashboard.Years);
        Assert.Equal(new StatusCountsDto(2, 2, 2, 1, 1), dashboard.Overall);
        Assert.Equal(5, dashboard.Overall.NotSubmitted);
        Assert.Equal(3, dashboard.WithWarnings);
        Assert.Equal((Deadline, 27), (dashboard.Deadline!.Value, dashboard.DaysLeft!.Value));
        Assert.Equal(["D1", "D2", null], dashboard.Departments.Select(d => d.Code));
        var d1 = dashboard.Departments[0];
        Assert.Equal((new StatusCountsDto(1, 1, 2, 0, 0), 2, "部署D1"), (d1.Counts, d1.WithWarnings, d1.Name));
        Assert.Equal((new StatusCountsDto(0, 1, 0, 1, 1), 1), (dashboard.Departments[1].Counts, dashboard.Departments[1].WithWarnings));
        Assert.Equal(new StatusCountsDto(1, 0, 0, 0, 0), dashboard.Departments[2].Counts);
    }

    [Fact]
    public async Task LimitedAdmin_CountsOnlyTheirDepartments_AndWithoutThePermissionIsRefused()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, _) = await factory.TenantWithAdminAsync("dash-scope");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);

        var limited = await factory.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant, Permission.ReviewDeclarations, "D2");

        Assert.Equal(new StatusCountsDto(0, 1, 0, 1, 1), limited.Overall);
        Assert.Equal(1, limited.WithWarnings);
        Assert.Equal(["D2"], limited.Departments.Select(d => d.Code));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant, Permission.ManageEmployees));

        // A limited admin whose departments have no declarations sees no year at all.
        var empty = await factory.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant, Permission.ReviewDeclarations, "D9");
        Assert.Equal((null, 0, 0), (empty.TaxYear, empty.Years.Count, empty.Overall.Total));
    }

    [Fact]
    public async Task SeveralYears_NewestByDefault_AnotherOnRequest_AndAnUnknownYearFallsBackToTheNewest()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, _) = await factory.TenantWithAdminAsync("dash-years");
        await factory.SeedYearAsync(tenant, 2024, new DateOnly(2024, 11, 29), new ProgressRow("D1", DeclarationStatus.Approved));
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);

        var newest = await factory.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant);
        var older = await factory.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(2024), tenant);
        var unknown = await factory.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(2023), tenant);

        Assert.Equal([2025, 2024], newest.Years);
        Assert.Equal((2025, 8), (newest.TaxYear, newest.Overall.Total));
        Assert.Equal((2024, 1, 1), (older.TaxYear, older.Overall.Total, older.Overall.Approved));
        Assert.True(older.DaysLeft < 0);
        Assert.Equal(2025, unknown.TaxYear);
    }

    [Fact]
    public async Task Pages_AdminHomeLinksToTheDashboard_WhichLinksIntoTheFilteredList_InBothLanguages()
    {
        await using var factory = new YearProgressFactory();
        var (client, _) = await factory.AdminClientAsync("dash-pages");
        var tenant = await factory.TenantOfAsync("dash-pages");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);

        var home = await client.GetStringAsync("/dash-pages/");
        Assert.Contains("href=\"/dash-pages/admin\"", home);
        Assert.Contains("管理ダッシュボードを開く", home);

        var page = await client.GetStringAsync("/dash-pages/admin");
        Assert.Contains("年末調整ダッシュボード", page);
        Assert.Contains("あと27日", page);
        Assert.Contains("href=\"/dash-pages/admin/declarations/2025?status=Submitted\"", page);
        Assert.Contains("href=\"/dash-pages/admin/declarations/2025?status=Submitted&amp;dept=D1\"", page);
        Assert.Contains("href=\"/dash-pages/admin/declarations/2025?dept=D2\"", page);
        Assert.Contains("部署なし", page);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/dash-pages/admin?year=2025");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Year-end adjustment dashboard", english);
        Assert.Contains("27 days left", english);
    }

    /// <summary>
    /// ADR 0067: the department table is rendered once per cached counts and language and kept with them: each
    /// language keeps its own, and a stamped change (an approval on another node) shows in the table on the next view.
    /// </summary>
    [Fact]
    public async Task DepartmentTable_IsKeptPerCountsAndLanguage_AndShowsAChangeOnTheNextView()
    {
        await using var factory = new YearProgressFactory();
        await using var second = new YearProgressFactory(factory);
        var (client, _) = await factory.AdminClientAsync("dash-kept");
        var tenant = await factory.TenantOfAsync("dash-kept");
        var ids = await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);
        Task<string> PageAsync(string language) => InLanguageAsync(client, "/dash-kept/admin", language);

        var japanese = await PageAsync("ja");
        var english = await PageAsync("en");
        var japaneseAgain = await PageAsync("ja");
        await ApproveOnAsync(second, tenant, ids[3]);
        var afterApproval = await PageAsync("ja");

        Assert.Contains("aria-label=\"部署D1の提出済み: 2件\"", japanese);
        Assert.Contains("部署なし", japanese);
        Assert.Contains("aria-label=\"部署D1, Submitted: 2\"", english);
        Assert.Contains("No department", english);
        Assert.DoesNotContain("部署なし", english);
        Assert.Equal(Table(japanese), Table(japaneseAgain));
        Assert.Contains("aria-label=\"部署D1の提出済み: 1件\"", afterApproval);
        Assert.Contains("aria-label=\"部署D1の承認済み: 1件\"", afterApproval);
        Assert.DoesNotContain("aria-label=\"部署D1の提出済み: 2件\"", afterApproval);

        // The table to the end of the main content (the layout's forms carry a fresh token per response).
        static string Table(string page) => page[page.IndexOf("aria-labelledby=\"dept-heading\"", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
    }

    /// <summary>ADR 0067: the list's rows are kept with the cached page per language; a change shows on the next view.</summary>
    [Fact]
    public async Task ListRows_AreKeptPerPageAndLanguage_AndShowAChangeOnTheNextView()
    {
        await using var factory = new YearProgressFactory();
        await using var second = new YearProgressFactory(factory);
        var (client, _) = await factory.AdminClientAsync("list-kept");
        var tenant = await factory.TenantOfAsync("list-kept");
        var ids = await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);
        Task<string> PageAsync(string language) => InLanguageAsync(client, "/list-kept/admin/declarations/2025?dept=D1", language);

        var japanese = await PageAsync("ja");
        var english = await PageAsync("en");
        await ApproveOnAsync(second, tenant, ids[3]);
        var afterApproval = await PageAsync("ja");

        Assert.Equal(2, Count(japanese, "<span class=\"badge badge--info\">提出済み</span>"));
        Assert.Equal(2, Count(english, "<span class=\"badge badge--info\">Submitted</span>"));
        Assert.Equal(1, Count(afterApproval, "<span class=\"badge badge--info\">提出済み</span>"));
        Assert.Equal(1, Count(afterApproval, "<span class=\"badge\">承認済み</span>"));
        Assert.Contains($"href=\"/list-kept/admin/declarations/2025/{ids[3].Value}\"", afterApproval);

        static int Count(string page, string text) => (page.Length - page.Replace(text, "", StringComparison.Ordinal).Length) / text.Length;
    }

    /// <summary>
    /// "page" is also Razor Pages' own route value (the page's name): bound from the query only, the lists' second page
    /// shows the next rows, and the declaration list shows no binding error on any view.
    /// </summary>
    [Fact]
    public async Task ListsPageTwo_ShowsTheNextRows_AndNoBindingError()
    {
        await using var factory = new YearProgressFactory();
        var (client, _) = await factory.AdminClientAsync("list-paging");
        var tenant = await factory.TenantOfAsync("list-paging");
        await factory.SeedYearAsync(tenant, 2025, Deadline, [.. Enumerable.Repeat(new ProgressRow("D1", DeclarationStatus.NotStarted), 53)]);

        var declarations = await client.GetStringAsync("/list-paging/admin/declarations/2025");
        var declarationsTwo = await client.GetStringAsync("/list-paging/admin/declarations/2025?page=2");
        var employees = await client.GetStringAsync("/list-paging/admin/employees");
        var employeesTwo = await client.GetStringAsync("/list-paging/admin/employees?page=2");

        Assert.Contains(">Y2025-0000</a>", declarations);
        Assert.DoesNotContain(">Y2025-0050</a>", declarations);
        Assert.Contains(">Y2025-0050</a>", declarationsTwo);
        Assert.Contains(">Y2025-0052</a>", declarationsTwo);
        Assert.DoesNotContain(">Y2025-0000</a>", declarationsTwo);
        Assert.DoesNotContain("alert--error", declarations);
        Assert.DoesNotContain("alert--error", declarationsTwo);
        Assert.Contains("Y2025-0000", employees);
        Assert.DoesNotContain("Y2025-0050", employees);
        Assert.Contains("Y2025-0050", employeesTwo);
        Assert.DoesNotContain("Y2025-0000", employeesTwo);
    }

    [Fact]
    public async Task Counts_AreCachedPerNode_YetAStampedChangeOnAnotherNodeShowsOnTheNextView_AndAnUnstampedOneWithinTheMaxAge()
    {
        await using var first = new YearProgressFactory();
        await using var second = new YearProgressFactory(first);
        var (tenant, _) = await first.TenantWithAdminAsync("dash-cache");
        var ids = await first.SeedYearAsync(tenant, 2025, Deadline, Layout);
        Assert.Equal(new StatusCountsDto(2, 2, 2, 1, 1), (await first.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant)).Overall);

        // Node two approves a submitted declaration; node one's next view counts it (the stamp moved).
        await ApproveOnAsync(second, tenant, ids[3]);

        Assert.Equal(new StatusCountsDto(2, 2, 1, 1, 2), (await first.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant)).Overall);

        // A change that moves no declaration's stamp (an employee moved between departments in the master) is served
        // from the cache until the entry is older than the maximum age, then counted.
        await using (var scope = first.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var moved = await db.Declarations.Where(d => d.Id == ids[0]).Select(d => d.EmployeeId).SingleAsync();
            await db.Employees.Where(e => e.Id == moved).ExecuteUpdateAsync(u => u.SetProperty(e => e.DepartmentCode, "D2"));
        }

        var cached = await first.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant);
        Assert.Equal(1, cached.Departments.Single(d => d.Code == "D1").Counts.NotStarted);
        first.Clock.Advance(GetYearDashboardQueryHandler.MaxAge);
        var fresh = await first.SendAsync<YearDashboardDto>(new GetYearDashboardQuery(), tenant);
        Assert.Equal(0, fresh.Departments.Single(d => d.Code == "D1").Counts.NotStarted);
        Assert.Equal(1, fresh.Departments.Single(d => d.Code == "D2").Counts.NotStarted);
    }

    /// <summary>ADR 0056: a page of the list (no search) is kept like the counts: a declaration's change on any node
    /// shows on the next view, a master change (no stamp) within the maximum age.</summary>
    [Fact]
    public async Task ListPage_IsCachedPerNode_YetAStampedChangeShowsOnTheNextView_AndAnUnstampedOneWithinTheMaxAge()
    {
        await using var first = new YearProgressFactory();
        await using var second = new YearProgressFactory(first);
        var (tenant, _) = await first.TenantWithAdminAsync("list-cache");
        var ids = await first.SeedYearAsync(tenant, 2025, Deadline, Layout);
        Task<DeclarationListPage> PageAsync() => first.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(2025, Department: "D1"), tenant);
        var before = await PageAsync();

        await ApproveOnAsync(second, tenant, ids[3]);

        var afterApproval = await PageAsync();
        await using (var scope = first.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var renamed = await db.Declarations.Where(d => d.Id == ids[0]).Select(d => d.EmployeeId).SingleAsync();
            await db.Employees.Where(e => e.Id == renamed).ExecuteUpdateAsync(u => u.SetProperty(e => e.DepartmentName, "総務部（新）"));
        }

        var cached = await PageAsync();
        first.Clock.Advance(Application.Declarations.Support.DeclarationYearStamp.MaxAge);
        var fresh = await PageAsync();

        Assert.Equal(nameof(DeclarationStatus.Submitted), before.Items.Single(i => i.Id == ids[3].Value).Status);
        Assert.Equal(nameof(DeclarationStatus.Approved), afterApproval.Items.Single(i => i.Id == ids[3].Value).Status);
        Assert.NotEqual("総務部（新）", cached.Items.Single(i => i.Id == ids[0].Value).DepartmentName);
        Assert.Equal("総務部（新）", fresh.Items.Single(i => i.Id == ids[0].Value).DepartmentName);
    }

    /// <summary>Another node reviews and approves a submitted declaration, five minutes later by its own clock.</summary>
    private static async Task<string> InLanguageAsync(HttpClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    private static async Task ApproveOnAsync(YearProgressFactory node, TenantId tenant, DeclarationId id)
    {
        node.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var scope = node.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submitted = await db.Declarations.FirstAsync(d => d.Id == id);
        submitted.StartReview(node.Clock.GetUtcNow().UtcDateTime);
        submitted.Approve(node.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }
}
