using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Persistence.Queries;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>
/// ADR 0028: per-request reads are cached or narrowed, yet every security check still holds on the next request.
/// Changes are written through a separate context, as another node would write them, so no cache of this host is
/// told about them. Time is a fake clock.
/// </summary>
public sealed class PerRequestCheckTests(ClockedWebApplicationFactory factory) : IClassFixture<ClockedWebApplicationFactory>
{
    [Fact]
    public async Task SignedInGets_IssueNoSqlWrite_ButActivityIsRecordedOnceAMinute()
    {
        string[] pages = ["/no-write/", "/no-write/account/history", "/no-write/admin/employees", "/no-write/admin/employees?q=サトウ", "/no-write/admin/accounts", "/no-write/admin/access-log"];
        var client = await WarmAdminClientAsync("no-write", pages);
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(page.Split('?')[0], response.RequestMessage!.RequestUri!.AbsolutePath);
        }

        var quietWrites = factory.Sql.Writes;
        var reads = factory.Sql.Commands.Count;
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        factory.Sql.Clear();
        await client.GetAsync("/no-write/");
        await client.GetAsync("/no-write/");

        Assert.Empty(quietWrites);
        // The home, the history and the employee list and search read through kept statements (ADR 0065, 0069), which
        // this counter does not see; the account list and the access log still read through EF, a statement or more each.
        Assert.True(reads >= 2, "the counter saw no commands, so it proves nothing");
        var touch = Assert.Single(factory.Sql.Writes);
        Assert.Contains("UPDATE \"UserSessions\"", touch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPage_OpensTheConnectionAtMostOnce_AndReadsNoticesFromTheCache()
    {
        string[] pages = ["/one-open/admin/accounts", "/one-open/admin/access-log"];
        var client = await WarmAdminClientAsync("one-open", ["/one-open/", "/one-open/account/history", "/one-open/admin/employees", "/one-open/admin/employees?q=サトウ", .. pages]);
        foreach (var page in pages)
        {
            (await client.GetAsync(page)).EnsureSuccessStatusCode();
        }

        var opens = factory.Sql.Opens;
        var commands = factory.Sql.Commands;
        factory.Sql.Clear();
        (await client.GetAsync("/one-open/")).EnsureSuccessStatusCode();
        (await client.GetAsync("/one-open/account/history")).EnsureSuccessStatusCode();
        (await client.GetAsync("/one-open/admin/employees")).EnsureSuccessStatusCode();
        (await client.GetAsync("/one-open/admin/employees?q=サトウ")).EnsureSuccessStatusCode();
        var homeCommands = ExceptAccessLog(factory.Sql.Commands);

        // ADR 0053: one open per request (EF alone opens around each of a page's queries), and the banner and
        // announcements come from the node's cache, not from two queries per page. The access log's background flush
        // (every 500 ms) may open once or twice meanwhile. ADR 0063: the connection is opened by the first statement,
        // and the admin's home page (no employee of their own) has none: its check runs on the versions reader.
        // ADR 0065: nor have the sign-in history and the employee list: their reads run on kept statements; ADR 0069:
        // nor has the list's search.
        // Each of these pages runs at least two statements, so one open per request is something to prove.
        Assert.True(commands.Count >= 2 * pages.Length, "the counter saw too few commands to prove anything");
        Assert.InRange(opens, pages.Length, pages.Length + 2);
        Assert.DoesNotContain(commands, c => c.Contains("\"Announcements\"", StringComparison.Ordinal));
        Assert.Empty(homeCommands);
    }

    /// <summary>ADR 0069: a full admin's declaration search reads its employee ranges on kept statements, not through EF.</summary>
    [Fact]
    public async Task DeclarationSearch_ReadsTheEmployeeRangesOnKeptStatements()
    {
        const string Page = "/decl-search/admin/declarations/2026?q=サトウ";
        var client = await WarmAdminClientAsync("decl-search", Page);

        var response = await client.GetAsync(Page);
        var commands = ExceptAccessLog(factory.Sql.Commands);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(commands, c => c.Contains("\"KanaSearch\" >=", StringComparison.Ordinal) || c.Contains("\"NameSearch\" >=", StringComparison.Ordinal));
    }

    /// <summary>
    /// ADR 0056: the home page takes the account's employee link from the request's session read; an admin who is not
    /// an employee costs no second read, and a link made by another node shows on the very next request.
    /// </summary>
    [Fact]
    public async Task HomePage_TakesTheEmployeeLinkFromTheSessionRead_AndSeesANewLinkOnTheNextRequest()
    {
        var client = await WarmAdminClientAsync("link-read", "/link-read/");
        var unlinked = await client.GetStringAsync("/link-read/");
        var commands = factory.Sql.Commands;

        await using (var db = factory.OpenDetachedContext())
        {
            var tenant = await TenantIdAsync(db, "link-read");
            var employee = NewEmployee(tenant, "E001", null);
            db.Employees.Add(employee);
            var admin = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant && a.LoginId == LoginId.Create("admin"));
            admin.LinkEmployee(employee.Id);
            await db.SaveChangesAsync();
        }

        var linked = await client.GetStringAsync("/link-read/");

        // ADR 0063: no statement at all through EF (the versions come from their own reader), so no employee-link read.
        Assert.Empty(ExceptAccessLog(commands));
        Assert.Contains("従業員情報と結び付いていない", unlinked);
        Assert.DoesNotContain("従業員情報と結び付いていない", linked);
        Assert.Contains("いま提出が必要な申告書はありません", linked);
    }

    /// <summary>
    /// A notice shown after a redirect (temp data, here the password change's) shows once; pages after it send no
    /// header deleting a temp-data cookie the browser no longer has.
    /// </summary>
    [Fact]
    public async Task NoticeShowsOnce_AndLaterPagesSendNoTempDataCookieDelete()
    {
        var (client, _) = await factory.AdminClientAsync("quiet-temp");

        var next = await client.GetAsync("/quiet-temp/");
        var later = await client.GetAsync("/quiet-temp/");

        Assert.DoesNotContain("パスワードを変更しました", await next.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.DoesNotContain("CookieTempDataProvider", string.Join(";", SetCookies(next).Concat(SetCookies(later))));
    }

    /// <summary>A flow step saved without a new My Number reads no tenant key: the protector reads it only to protect one.</summary>
    [Fact]
    public async Task StepSave_WithoutANewMyNumber_ReadsNoTenantKey()
    {
        var (client, _) = await AdminFilingOwnDeclarationAsync("no-key");

        var page = await client.GetStringAsync("/no-key/declarations/2026/self");
        factory.Sql.Clear();
        var saved = await client.PostAsync("/no-key/declarations/2026/self", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = Html.FormVersion(page)!,
            ["Disability"] = "None",
            ["Widow"] = "None",
            ["SingleParent"] = "false",
            ["WorkingStudent"] = "true",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
        var commands = factory.Sql.Commands;

        Assert.Equal("/no-key/declarations/2026/spouse", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(commands, c => c.Contains("UPDATE \"Declarations\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("\"TenantDataKeys\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// ADR 0066: a step save reads the declaration once: the page's read is taken over by the save and attached, not
    /// read a second time; the update still carries the version read (a save over a stale page is refused and changes
    /// nothing), and a later save in another request reads afresh.
    /// </summary>
    [Fact]
    public async Task StepSave_ReadsTheDeclarationOnce_AndStillRefusesAStalePage()
    {
        var (client, tenant) = await AdminFilingOwnDeclarationAsync("one-read");

        var page = await client.GetStringAsync("/one-read/declarations/2026/self");
        Dictionary<string, string> Form(string workingStudent) => new()
        {
            ["Version"] = Html.FormVersion(page)!,
            ["Disability"] = "None",
            ["Widow"] = "None",
            ["SingleParent"] = "false",
            ["WorkingStudent"] = workingStudent,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        };
        factory.Sql.Clear();
        var keptBefore = DeclarationReads();
        var saved = await client.PostAsync("/one-read/declarations/2026/self", new FormUrlEncodedContent(Form("true")));
        var reads = DeclarationReads() - keptBefore;
        var efReads = factory.Sql.Commands.Count(c => c.Contains("FROM \"Declarations\"", StringComparison.Ordinal));
        var stale = await client.PostAsync("/one-read/declarations/2026/self", new FormUrlEncodedContent(Form("false")));
        var staleHtml = await stale.Content.ReadAsStringAsync();
        await using var check = factory.OpenDetachedContext();
        var stored = await check.Declarations.IgnoreQueryFilters().SingleAsync(d => d.TenantId == tenant);

        Assert.Equal("/one-read/declarations/2026/spouse", saved.RequestMessage!.RequestUri!.AbsolutePath);
        // The save's one read, then the next step's page (the client follows the redirect).
        Assert.Equal(2, reads);
        Assert.Equal(0, efReads);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal("/one-read/declarations/2026/self", stale.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("この申告書は別の画面で先に更新されました。", staleHtml, StringComparison.Ordinal);
        Assert.True(stored.Dependants.Self.IsWorkingStudent);
        Assert.Equal(int.Parse(Html.FormVersion(page)!, System.Globalization.CultureInfo.InvariantCulture) + 1, stored.Version);
    }

    /// <summary>A tenant whose admin is linked to an employee with a not-started 2026 declaration, signed in.</summary>
    private async Task<(HttpClient Client, TenantId Tenant)> AdminFilingOwnDeclarationAsync(string slug)
    {
        var client = await WarmAdminClientAsync(slug, $"/{slug}/");
        await using var db = factory.OpenDetachedContext();
        var tenant = await TenantIdAsync(db, slug);
        var employee = NewEmployee(tenant, "N001", null);
        db.Employees.Add(employee);
        db.Declarations.Add(Domain.Declarations.Declaration.Create(tenant, employee.Id, new TaxYear(2026), null, factory.Clock.GetUtcNow().UtcDateTime));
        var admin = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant && a.LoginId == LoginId.Create("admin"));
        admin.LinkEmployee(employee.Id);
        await db.SaveChangesAsync();
        return (client, tenant);
    }

    private long DeclarationReads() => factory.Services.GetRequiredService<SqliteRequestReads>().DeclarationReads;

    /// <summary>
    /// ADR 0063: the flow's declaration read, asked twice in one scope (the summary's page and its estimate), runs once;
    /// after the scope saves, the next ask reads again.
    /// </summary>
    [Fact]
    public async Task DeclarationRead_IsKeptForTheScope_UntilTheScopeSaves()
    {
        await factory.AdminClientAsync("decl-kept");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        TenantId tenant;
        EmployeeId employee;
        await using (var setup = factory.OpenDetachedContext())
        {
            tenant = await TenantIdAsync(setup, "decl-kept");
            var added = NewEmployee(tenant, "K001", null);
            setup.Employees.Add(added);
            setup.Declarations.Add(Domain.Declarations.Declaration.Create(tenant, added.Id, new TaxYear(2026), null, now));
            await setup.SaveChangesAsync();
            employee = added.Id;
        }

        await using var scope = factory.TenantScope(tenant);
        var lookups = scope.ServiceProvider.GetRequiredService<Application.Abstractions.IRequestLookups>();
        factory.Sql.Clear();
        var keptBefore = DeclarationReads();
        var first = await lookups.FindDeclarationAsync(employee, 2026, CancellationToken.None);
        var second = await lookups.FindDeclarationAsync(employee, 2026, CancellationToken.None);
        var reads = DeclarationReads() - keptBefore + factory.Sql.Commands.Count(c => c.Contains("FROM \"Declarations\"", StringComparison.Ordinal));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tracked = await db.Declarations.SingleAsync(d => d.EmployeeId == employee);
        tracked.SetDeadline(new DateOnly(2026, 12, 20), now);
        await db.SaveChangesAsync();
        var afterSave = await lookups.FindDeclarationAsync(employee, 2026, CancellationToken.None);
        var otherYear = await lookups.FindDeclarationAsync(employee, 2025, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, reads);
        Assert.Null(first!.Deadline);
        Assert.Equal(new DateOnly(2026, 12, 20), afterSave!.Deadline);
        Assert.Null(otherYear);
    }

    /// <summary>ADR 0060: once read, a session row is kept while its tenant's sessions version stands.</summary>
    [Fact]
    public async Task SignedInPages_ReadTheSessionRowOnce_ThenOnlyTheTenantsVersions()
    {
        var client = await WarmAdminClientAsync("kept-session", "/kept-session/");
        var versions = factory.Services.GetRequiredService<SqliteRequestReads>();
        var before = versions.Reads;
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/kept-session/")).EnsureSuccessStatusCode();
        }

        // ADR 0063: on SQLite the versions are read by their own prepared statement, once per request.
        var commands = factory.Sql.Commands;
        Assert.Equal(3, versions.Reads - before);
        Assert.DoesNotContain(commands, c => c.Contains("FROM \"UserSessions\"", StringComparison.Ordinal));
    }

    /// <summary>ADR 0060: a name changed on another node shows on the next page, though the session row was kept.</summary>
    [Fact]
    public async Task AccountRenamedElsewhere_ShowsOnTheNextRequest()
    {
        var (client, _) = await factory.AdminClientAsync("renamed");
        var before = await client.GetStringAsync("/renamed/");

        await using (var db = factory.OpenDetachedContext())
        {
            var tenant = await TenantIdAsync(db, "renamed");
            var admin = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant && a.LoginId == LoginId.Create("admin"));
            admin.Rename("改名 花子");
            await db.SaveChangesAsync();
        }

        var after = await client.GetStringAsync("/renamed/");

        Assert.DoesNotContain("改名 花子", before);
        Assert.Contains("改名 花子", after);
    }

    /// <summary>
    /// ADR 0060: a write that bypasses the application (SQL by hand) does not move the version; the kept row then
    /// serves at most <see cref="Application.Accounts.Support.SessionCache.MaxAge"/>, the documented bound.
    /// </summary>
    [Fact]
    public async Task AccountDisabledBySqlByHand_IsRefusedOnceTheKeptRowIsOlderThanTheBound()
    {
        var (admin, _) = await factory.AdminClientAsync("by-hand");
        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "by-hand", "taro", "山田太郎");
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, "by-hand", "taro", initial, "taro's own long password 1");
        (await user.GetAsync("/by-hand/account/history")).EnsureSuccessStatusCode();

        await using (var db = factory.OpenDetachedContext())
        {
            var tenant = await TenantIdAsync(db, "by-hand");
            await db.Database.ExecuteSqlAsync($"UPDATE \"Accounts\" SET \"IsDisabled\" = 1 WHERE \"TenantId\" = {tenant.Value} AND \"LoginId\" = 'taro'");
        }

        var withinBound = await user.GetAsync("/by-hand/account/history");
        factory.Clock.Advance(Application.Accounts.Support.SessionCache.MaxAge);
        var pastBound = await user.GetAsync("/by-hand/account/history");

        Assert.Equal("/by-hand/account/history", withinBound.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/by-hand/login", pastBound.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>ADR 0060: the version moves for what the session check reads, not for sign-in bookkeeping or new rows.</summary>
    [Fact]
    public async Task SessionsVersion_MovesForAccountAndSessionChanges_NotForSignInBookkeeping()
    {
        await factory.AdminClientAsync("version-moves");
        await using var db = factory.OpenDetachedContext();
        var tenant = await TenantIdAsync(db, "version-moves");
        Task<int> VersionAsync() => db.Tenants.Where(t => t.Id == tenant)
            .Select(t => EF.Property<int>(t, Infrastructure.Persistence.SessionsVersion.Column)).SingleAsync();
        var account = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant && a.LoginId == LoginId.Create("admin"));
        var session = await db.UserSessions.IgnoreQueryFilters().FirstAsync(s => s.AccountId == account.Id && s.RevokedAtUtc == null);
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        var start = await VersionAsync();
        account.RegisterFailedSignIn(now, 10, TimeSpan.FromMinutes(15));
        account.RegisterSuccessfulSignIn(now);
        await db.SaveChangesAsync();
        var afterBookkeeping = await VersionAsync();
        account.Rename("別名");
        await db.SaveChangesAsync();
        var afterRename = await VersionAsync();
        session.Revoke(now);
        await db.SaveChangesAsync();
        var afterRevoke = await VersionAsync();

        Assert.Equal(start, afterBookkeeping);
        Assert.Equal(start + 1, afterRename);
        Assert.Equal(start + 2, afterRevoke);
    }

    /// <summary>
    /// ADR 0062: the employee list's count is kept per node under the tenant's write generation; this node's edit shows
    /// on the next view, another node's new employee within the documented 30 seconds; the rows themselves are live.
    /// </summary>
    [Fact]
    public async Task EmployeeListCount_ShowsThisNodesEditAtOnce_AndAnotherNodesWithinTheBound()
    {
        var (client, _) = await factory.AdminClientAsync("kept-count");
        var first = await AddEmployeeElsewhereAsync("kept-count", "E001", "D01");
        var before = await client.GetStringAsync("/kept-count/admin/employees?dept=D09");

        var form = await client.GetStringAsync($"/kept-count/admin/employees/{first.Value}/edit");
        (await client.PostAsync($"/kept-count/admin/employees/{first.Value}/edit",
            new FormUrlEncodedContent(Employees.Support.EmployeeEditForm.Fields(form, "D09")))).EnsureSuccessStatusCode();
        var afterEdit = await client.GetStringAsync("/kept-count/admin/employees?dept=D09");

        await AddEmployeeElsewhereAsync("kept-count", "E002", "D09");
        factory.Sql.Clear();
        var withinBound = await client.GetStringAsync("/kept-count/admin/employees?dept=D09");
        var counted = factory.Sql.Commands.Count(c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        factory.Clock.Advance(Application.Employees.ListEmployees.ListEmployeesQueryHandler.CountMaxAge);
        var pastBound = await client.GetStringAsync("/kept-count/admin/employees?dept=D09");

        Assert.Contains(">0 人<", before);
        Assert.Contains(">1 人<", afterEdit);
        Assert.Contains(">1 人<", withinBound);
        Assert.Contains("E002", withinBound);
        Assert.Equal(0, counted);
        Assert.Contains(">2 人<", pastBound);
    }

    /// <summary>
    /// The tenant's admin, having visited each page once (compiled, cached, its session kept), with the access log
    /// flushed and the SQL counter cleared: what a test counts afterwards is the steady state.
    /// </summary>
    private async Task<HttpClient> WarmAdminClientAsync(string slug, params string[] pages)
    {
        var (client, _) = await factory.AdminClientAsync(slug);
        foreach (var page in pages)
        {
            (await client.GetAsync(page)).EnsureSuccessStatusCode();
        }

        await factory.FlushAccessLogAsync();
        factory.Sql.Clear();
        return client;
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static List<string> ExceptAccessLog(IEnumerable<string> commands) =>
        commands.Where(c => !c.Contains("INSERT INTO \"AccessLogs\"", StringComparison.Ordinal)).ToList();

    private async Task<EmployeeId> AddEmployeeElsewhereAsync(string slug, string number, string department)
    {
        await using var db = factory.OpenDetachedContext();
        var employee = NewEmployee(await TenantIdAsync(db, slug), number, department);
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return employee.Id;
    }

    private Domain.Employees.Employee NewEmployee(TenantId tenant, string number, string? department) =>
        Domain.Employees.Employee.Register(tenant, Domain.Employees.EmployeeNumber.Create(number), Domain.Employees.EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Domain.Employees.Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null,
            department, department is null ? null : "総務部", null),
            factory.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A made-up slug is looked up once per bound, so a flood of them costs the database nothing more.</summary>
    [Fact]
    public async Task UnknownSlug_IsLookedUpOnce_ThenAnswered404FromTheNode()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/made-up-slug/");
        factory.Sql.Clear();
        var again = await client.GetAsync("/made-up-slug/anything");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain(factory.Sql.Commands, c => c.Contains("FROM \"Tenants\"", StringComparison.Ordinal));
    }

    /// <summary>ADR 0062: a slug kept as missing serves once the bound has passed, when a tenant was provisioned meanwhile.</summary>
    [Fact]
    public async Task UnknownSlug_ProvisionedMeanwhile_ServesOnceTheBoundHasPassed()
    {
        var client = factory.CreateClient();
        var before = await client.GetAsync("/later-slug/login");
        await factory.CreateTenantAsync("later-slug");
        var withinBound = await client.GetAsync("/later-slug/login");
        factory.Clock.Advance(Web.Tenancy.TenantResolutionMiddleware.MissingFor);
        var after = await client.GetAsync("/later-slug/login");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withinBound.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>What the node keeps by text (tickets, missing slugs) is bounded: past capacity it starts again; old entries lapse.</summary>
    [Fact]
    public void KeptEntries_StartAgainPastCapacity_AndLapsePastTheirAge()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var kept = new Web.Caching.KeptEntries<int>(3, TimeSpan.FromSeconds(5), clock);
        for (var i = 0; i < 3; i++)
        {
            kept.Set($"k{i}", i);
        }

        var full = kept.Count;
        var found = kept.TryGet("k2", out var value);
        kept.Set("k3", 3);
        var afterOverflow = kept.Count;
        var firstKept = kept.TryGet("k0", out _);
        clock.Advance(TimeSpan.FromSeconds(5));
        var lapsed = kept.TryGet("k3", out _);

        Assert.Equal(3, full);
        Assert.True(found);
        Assert.Equal(2, value);
        Assert.Equal(1, afterOverflow);
        Assert.False(firstKept);
        Assert.False(lapsed);
    }

    /// <summary>ADR 0062: the sign-in cookie is unprotected once per node; every request gets its own copy of the ticket.</summary>
    [Fact]
    public async Task SignInCookie_IsKeptOncePerNode_AndEveryCallerGetsItsOwnCopy()
    {
        var (client, _) = await factory.AdminClientAsync("kept-ticket");
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>();
        var format = Assert.IsType<Web.Identity.KeptTicketFormat>(options.Get(Web.Identity.AuthConstants.Scheme).TicketDataFormat);
        var identity = new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("n", "1")], "test");
        var text = format.Protect(new Microsoft.AspNetCore.Authentication.AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(identity), "test"));

        var kept = format.KeptCount;
        var first = format.Unprotect(text)!;
        var keptAfter = format.KeptCount;
        first.Properties.Items["changed"] = "by the first caller";
        first.Principal.Identities.First().AddClaim(new System.Security.Claims.Claim("n", "2"));
        var second = format.Unprotect(text)!;
        var tampered = format.Unprotect(text[..^4] + (text.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"));
        var page = await client.GetAsync("/kept-ticket/account/history");

        Assert.Equal(kept + 1, keptAfter);
        Assert.Single(second.Principal.FindAll("n"));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
        Assert.Null(tampered);
        Assert.Equal("/kept-ticket/account/history", page.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task IdleTimeout_EndsTheSession_WithinTheDocumentedMinute()
    {
        var (client, _) = await factory.AdminClientAsync("idle");

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var active = await client.GetAsync("/idle/account/history");
        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var stillActive = await client.GetAsync("/idle/account/history");
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var expired = await client.GetAsync("/idle/account/history");

        Assert.Equal("/idle/account/history", active.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/idle/account/history", stillActive.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/idle/login", expired.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("password")]
    [InlineData("revoke")]
    public async Task AccountOrSessionChangedElsewhere_IsRefusedOnTheNextRequest(string change)
    {
        var slug = "elsewhere-" + change;
        var (admin, _) = await factory.AdminClientAsync(slug);
        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, slug, "taro", "山田太郎");
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, slug, "taro", initial, "taro's own long password 1");
        var before = await user.GetAsync($"/{slug}/account/history");

        await using (var db = factory.OpenDetachedContext())
        {
            var tenant = await TenantIdAsync(db, slug);
            var account = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant && a.LoginId == LoginId.Create("taro"));
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            switch (change)
            {
                case "disable":
                    account.Disable(now);
                    break;
                case "password":
                    account.ChangePassword("changed elsewhere", now);
                    break;
                default:
                    foreach (var session in await db.UserSessions.IgnoreQueryFilters().Where(s => s.AccountId == account.Id).ToListAsync())
                    {
                        session.Revoke(now);
                    }

                    break;
            }

            await db.SaveChangesAsync();
        }

        var after = await user.GetAsync($"/{slug}/account/history");

        Assert.Equal($"/{slug}/account/history", before.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal($"/{slug}/login", after.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task AllowListChangedElsewhere_AppliesOnTheNextRequest_BothWays()
    {
        var (client, _) = await factory.AdminClientAsync("ip-elsewhere");
        var served = await client.GetAsync("/ip-elsewhere/");

        await SetAllowListAsync("ip-elsewhere", "203.0.113.0/24");
        var refused = await client.GetAsync("/ip-elsewhere/");
        await SetAllowListAsync("ip-elsewhere");
        var servedAgain = await client.GetAsync("/ip-elsewhere/");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, servedAgain.StatusCode);
    }

    [Fact]
    public async Task TenantWhoseContractEnds_IsClosedOnTheFirstRequestOfTheNextDay_ThoughCached()
    {
        await factory.CreateTenantAsync("ends-today");
        await using (var db = factory.OpenDetachedContext())
        {
            var tenant = await db.Tenants.SingleAsync(t => t.Slug == TenantSlug.Create("ends-today"));
            tenant.EndContract(JapanTime.DateOf(factory.Clock.GetUtcNow().UtcDateTime).AddDays(1));
            await db.SaveChangesAsync();
        }

        var lastDay = await factory.CreateClient().GetAsync("/ends-today/");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await factory.CreateClient().GetAsync("/ends-today/");

        Assert.Equal(HttpStatusCode.OK, lastDay.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, nextDay.StatusCode);
    }

    private async Task SetAllowListAsync(string slug, params string[] entries)
    {
        await using var db = factory.OpenDetachedContext();
        var tenant = await TenantIdAsync(db, slug);
        var settings = await db.TenantSettings.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.TenantId == tenant);
        if (settings is null)
        {
            settings = TenantSettings.CreateDefault(tenant);
            db.TenantSettings.Add(settings);
        }

        settings.ReplaceIpAllowList(entries.Select(e => IpAllowListEntry.Parse(e)).ToList());
        await db.SaveChangesAsync();
    }

    private static async Task<TenantId> TenantIdAsync(AppDbContext db, string slug) =>
        (await db.Tenants.SingleAsync(t => t.Slug == TenantSlug.Create(slug))).Id;
}
