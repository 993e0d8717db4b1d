using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.GetMyTasks;
using YearEndAdjustment.Application.Declarations.ListOpenedYears;
using YearEndAdjustment.Application.Declarations.OpenTaxYear;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>Issue 11 item 2: opening a tax year queues a job that creates declarations and mails each employee once.</summary>
public sealed class OpenTaxYearTests
{
    private static readonly DateOnly Deadline = new(2025, 11, 28);

    [Fact]
    public async Task OpeningAYear_CreatesOneDeclarationEach_MailsLinkedAccountsOnce_AndARerunChangesNothing()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("open-year");
        var (other, _) = await factory.TenantWithAdminAsync("open-year-other");
        var seeded = await factory.SeedAsync(tenant, 1000);
        await factory.SeedAsync(other, 20);

        var first = await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin);
        Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));

        var job = await factory.LoadJobAsync(tenant, first.JobId);
        Assert.Equal(BackgroundJobState.Succeeded, job.State);
        var declarations = await factory.DeclarationsAsync(tenant);
        Assert.Equal(seeded.InScope.Count, declarations.Count);
        Assert.Equal(declarations.Count, declarations.Select(d => d.EmployeeId).Distinct().Count());
        Assert.All(declarations, d => Assert.Equal((DeclarationStatus.NotStarted, (DateOnly?)Deadline, 2025), (d.Status, d.Deadline, d.TaxYear.Value)));
        Assert.DoesNotContain(declarations, d => d.EmployeeId == seeded.LeftBeforeOpening);

        // Linked, enabled, with an address: exactly those get one mail each, with the link and the deadline.
        Assert.Equal(seeded.Mailable.Order(), factory.Mail.Sent.Select(m => m.To).Order());
        var mail = factory.Mail.To(seeded.Mailable[0]).Single();
        Assert.Contains("年末調整の申告が始まりました", mail.Subject);
        Assert.Contains("/open-year/declarations/2025", mail.TextBody);
        Assert.Contains("2025年11月28日", mail.TextBody);
        var summary = OpenTaxYearSummary.TryParse(job.Result)!;
        Assert.Equal((seeded.InScope.Count, 0, seeded.Mailable.Count), (summary.Created, summary.Existing, summary.Notified));

        // Opening again (e.g. after adding staff) creates nothing new and mails nobody twice.
        var again = await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);
        var second = OpenTaxYearSummary.TryParse((await factory.LoadJobAsync(tenant, again.JobId)).Result)!;
        Assert.Equal((0, seeded.InScope.Count, 0), (second.Created, second.Existing, second.Notified));
        Assert.Equal(seeded.Mailable.Count, factory.Mail.Sent.Count);
        Assert.Equal(seeded.InScope.Count, (await factory.DeclarationsAsync(tenant)).Count);

        // The other tenant is untouched.
        Assert.Empty(await factory.DeclarationsAsync(other));

        var years = await factory.SendAsAsync<IReadOnlyList<OpenedYearDto>>(new ListOpenedYearsQuery(), tenant, admin);
        var year = Assert.Single(years);
        Assert.Equal((2025, seeded.InScope.Count, seeded.InScope.Count), (year.TaxYear, year.Total, year.Count("NotStarted")));
    }

    [Fact]
    public async Task OpeningAgainWithANewDeadline_MovesTheDeadline_AndStillMailsNobodyTwice()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("open-deadline");
        var seeded = await factory.SeedAsync(tenant, 40);
        await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        var later = Deadline.AddDays(7);
        var again = await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, later, true, [], []), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        Assert.All(await factory.DeclarationsAsync(tenant), d => Assert.Equal(later, d.Deadline));
        Assert.Equal(seeded.InScope.Count, OpenTaxYearSummary.TryParse((await factory.LoadJobAsync(tenant, again.JobId)).Result)!.DeadlineUpdated);
        Assert.Equal(seeded.Mailable.Count, factory.Mail.Sent.Count);
    }

    [Fact]
    public async Task ASecondOpeningOfTheSameYear_IsRefusedWhileTheFirstIsQueuedOrRunning()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("open-twice");
        var first = await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin);

        var whileQueued = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin));
        Assert.Equal("declarations.open_year_running", whileQueued.Code);

        // Taken by a node (running): still refused.
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var job = await db.BackgroundJobs.SingleAsync(j => j.Id == first.JobId);
            Assert.True(job.Claim("other-node", factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(2)));
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin));

        // Another year is a different key.
        await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2026, new DateOnly(2026, 11, 30), true, [], []), tenant, admin);
    }

    [Fact]
    public async Task LimitedAdmin_CannotOpenForOtherDepartments_AndTheirEveryoneMeansTheirDepartments()
    {
        await using var factory = new Factory();
        var (tenant, _) = await factory.TenantWithAdminAsync("open-limited");
        var seeded = await factory.SeedAsync(tenant, 60);
        var clerk = await factory.AccountAsync(tenant, "clerk", AccountRole.LimitedAdmin, Permission.ReviewDeclarations, ["D1"]);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<OpenTaxYearResult>(
            new OpenTaxYearCommand(2025, Deadline, false, ["D2"], []), tenant, clerk, Permission.ReviewDeclarations, "D1"));
        var leaverElsewhere = await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsAsync<OpenTaxYearResult>(
            new OpenTaxYearCommand(2025, Deadline, false, ["D1"], [seeded.LeaverNumberInD2]), tenant, clerk, Permission.ReviewDeclarations, "D1"));
        Assert.Contains(seeded.LeaverNumberInD2, leaverElsewhere.Message);

        await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, clerk, Permission.ReviewDeclarations, "D1");
        await factory.Runner().RunNextAsync(CancellationToken.None);

        var created = (await factory.DeclarationsAsync(tenant)).Select(d => d.EmployeeId).ToHashSet();
        Assert.Equal(seeded.InScopeD1.ToHashSet(), created);
    }

    [Fact]
    public async Task ChosenLeavers_AreAdded_AndBadInputIsRefused()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("open-leavers");
        var seeded = await factory.SeedAsync(tenant, 30);

        await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsAsync<OpenTaxYearResult>(
            new OpenTaxYearCommand(2025, new DateOnly(2025, 10, 1), true, [], []), tenant, admin));
        await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsAsync<OpenTaxYearResult>(
            new OpenTaxYearCommand(2023, Deadline, true, [], []), tenant, admin));
        await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsAsync<OpenTaxYearResult>(
            new OpenTaxYearCommand(2025, Deadline, false, [], []), tenant, admin));
        await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsAsync<OpenTaxYearResult>(
            new OpenTaxYearCommand(2025, Deadline, false, [], ["NOSUCH"]), tenant, admin));

        await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, false, [], [seeded.LeaverNumberInD2]), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        var only = Assert.Single(await factory.DeclarationsAsync(tenant));
        Assert.Equal(seeded.LeftBeforeOpening, only.EmployeeId);
    }

    [Fact]
    public async Task MyTasks_ShowTheOpenDeclarationWithDaysLeft_OrSayTheAccountHasNoEmployee()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("open-tasks");
        var seeded = await factory.SeedAsync(tenant, 10);
        await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        var mine = await factory.SendAsAccountAsync<MyTasksDto>(new GetMyTasksQuery(), tenant, seeded.MailableAccount.Value);
        var unlinked = await factory.SendAsAsync<MyTasksDto>(new GetMyTasksQuery(), tenant, admin);

        var task = Assert.Single(mine.Declarations);
        Assert.Equal((true, 2025, "NotStarted", (DateOnly?)Deadline, (int?)27), (mine.IsEmployee, task.TaxYear, task.Status, task.Deadline, task.DaysLeft));
        Assert.Equal((false, 0), (unlinked.IsEmployee, unlinked.Declarations.Count));
    }

    [Fact]
    public async Task Pages_OpenAYear_ShowTheJobsProgress_TheMenu_AndTheHomeForAnUnlinkedAdmin()
    {
        await using var factory = new Factory();
        var (client, _) = await factory.AdminClientAsync("open-pages");
        TenantId tenant;
        await using (var scope = factory.SystemScope())
        {
            var slug = Domain.Tenants.TenantSlug.Create("open-pages");
            tenant = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.SingleAsync(t => t.Slug == slug)).Id;
        }

        var seeded = await factory.SeedAsync(tenant, 5);

        var home = await client.GetStringAsync("/open-pages/");
        Assert.Contains("従業員情報と結び付いていない", home);
        Assert.DoesNotContain("質問に答えます", home);
        Assert.Contains("href=\"/open-pages/admin/declarations/open\"", home);

        var form = await client.GetStringAsync("/open-pages/admin/declarations/open");
        Assert.Contains("name=\"Departments\" value=\"D1\"", form);

        var refused = await AuthWebApplicationFactory.PostFormAsync(client, "/open-pages/admin/declarations/open", new Dictionary<string, string>
        {
            ["TaxYear"] = "2025", ["Deadline"] = "2025-10-01", ["Scope"] = "all",
        });
        Assert.Contains("提出期限は今日以降", await refused.Content.ReadAsStringAsync());

        var queued = await AuthWebApplicationFactory.PostFormAsync(client, "/open-pages/admin/declarations/open", new Dictionary<string, string>
        {
            ["TaxYear"] = "2025", ["Deadline"] = "2025-11-28", ["Scope"] = "all",
        });
        var progress = await queued.Content.ReadAsStringAsync();
        Assert.Contains("/open-pages/admin/declarations/jobs/", queued.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("data-job-running", progress);
        Assert.Contains("開始を待っています", progress);

        await factory.Runner().RunNextAsync(CancellationToken.None);
        var done = await client.GetStringAsync(queued.RequestMessage.RequestUri);
        Assert.DoesNotContain("data-job-running", done);
        Assert.Contains("申告を開始しました", done);

        var list = await client.GetStringAsync("/open-pages/admin/declarations");
        Assert.Contains("2025 (令和7年分)", list);

        // The employee's home: the open declaration with its link, deadline and days left; no promises.
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var account = await db.Accounts.SingleAsync(a => a.Id == seeded.MailableAccount);
            account.SetInitialPassword(scope.ServiceProvider.GetRequiredService<IPasswordHasher>().Hash("initial password 2025"), factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var employee = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(employee, "open-pages", "e00004", "initial password 2025", "employee passphrase 2025");
        var home2 = await employee.GetStringAsync("/open-pages/");
        Assert.Contains("href=\"/open-pages/declarations/2025\"", home2);
        Assert.Contains("2025年分の年末調整の申告", home2);
        Assert.Contains("2025-11-28", home2);
        Assert.Contains("あと27日", home2);
        Assert.DoesNotContain("open-pages/admin/declarations", home2);
    }

    /// <summary>Several batches of 2,000 (the 100,000-employee measurement is in docs/benchmarks.md).</summary>
    [Fact]
    public async Task Opening_ForFiveThousand_CreatesEveryDeclarationAcrossBatches()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("open-batches");
        await factory.SeedAsync(tenant, 5_000);

        await factory.SendAsAsync<OpenTaxYearResult>(new OpenTaxYearCommand(2025, Deadline, true, [], []), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        Assert.Equal(4_999, (await factory.DeclarationsAsync(tenant)).Count);
    }

    public sealed record Seeded(
        List<EmployeeId> InScope, List<EmployeeId> InScopeD1, EmployeeId LeftBeforeOpening, string LeaverNumberInD2,
        List<string> Mailable, AccountId MailableAccount);

    private sealed class Factory : AuthWebApplicationFactory
    {
        // 2025-11-01 09:00 in Japan: the deadline 28 November is 27 days ahead.
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        }

        public BackgroundJobRunner Runner() => Services.GetRequiredService<BackgroundJobRunner>();

        public async Task<(TenantId Tenant, AccountId Admin)> TenantWithAdminAsync(string slug)
        {
            var tenant = new TenantId((await CreateTenantAsync(slug)).TenantId);
            await using var scope = TenantScope(tenant);
            var admin = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.SingleAsync();
            return (tenant, admin.Id);
        }

        public async Task<AccountId> AccountAsync(TenantId tenant, string loginId, AccountRole role, Permission permissions, string[] departments)
        {
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var account = Account.Register(tenant, LoginId.Create(loginId), loginId, null, role, permissions, departments, Clock.GetUtcNow().UtcDateTime);
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
            return account.Id;
        }

        /// <summary>
        /// <paramref name="count"/> employees in D1/D2 through the bulk writer; one left in June (out of scope unless
        /// chosen), every 20th linked to an account with an address, plus one disabled and one without an address.
        /// </summary>
        public async Task<Seeded> SeedAsync(TenantId tenant, int count)
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            var inScope = new List<EmployeeId>();
            var inScopeD1 = new List<EmployeeId>();
            var mailable = new List<string>();
            var changes = new BulkChangeSet();
            var accounts = new List<Account>();
            EmployeeId leaver = default;
            AccountId mailableAccount = default;
            for (var i = 0; i < count; i++)
            {
                var department = i % 2 == 0 ? "D1" : "D2";
                var left = i == 1 ? new DateOnly(2025, 6, 30) : (DateOnly?)null;
                var employee = Employee.Register(tenant, EmployeeNumber.Create($"E{i:D5}"), EmployeeProfile.Create(
                    $"社員 {i}", "シャイン", new DateOnly(1980, 1, 1), Gender.Female, null, null, new DateOnly(2010, 4, 1), left,
                    department, null, null), now);
                changes.Insert(employee);
                if (left is null)
                {
                    inScope.Add(employee.Id);
                    if (department == "D1")
                    {
                        inScopeD1.Add(employee.Id);
                    }
                }
                else
                {
                    leaver = employee.Id;
                }

                if (i % 20 == 4 || i == 6 || i == 8)
                {
                    var email = i == 8 ? null : $"e{i}@{tenant.Value:N}.example";
                    var account = Account.Register(tenant, LoginId.Create($"e{i:D5}"), $"社員 {i}", email, AccountRole.General, Permission.None, [], now);
                    account.LinkEmployee(employee.Id);
                    if (i == 6)
                    {
                        account.Disable(now);
                    }
                    else if (email is not null)
                    {
                        mailable.Add(email);
                        mailableAccount = account.Id;
                    }

                    accounts.Add(account);
                }
            }

            await using var scope = TenantScope(tenant);
            await scope.ServiceProvider.GetRequiredService<IBulkWriter>().ApplyAsync(changes);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Accounts.AddRange(accounts);
            await db.SaveChangesAsync();
            return new Seeded(inScope, inScopeD1, leaver, "E00001", mailable, mailableAccount);
        }

        /// <summary>Runs a use case as a real account of the tenant (the job later runs as that account).</summary>
        public async Task<TResponse> SendAsAsync<TResponse>(IMessage message, TenantId tenant, AccountId account, Permission permissions = Permission.All, string? departments = null)
        {
            await using var scope = Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Infrastructure.Tenancy.TenantContext>().Enter(tenant, "test", "test");
            var accessor = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
            var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [
                new(Web.Identity.ClaimNames.Account, account.Value.ToString()),
                new(Web.Identity.ClaimNames.Session, Guid.NewGuid().ToString()),
                new(System.Security.Claims.ClaimTypes.Role, departments is null ? nameof(AccountRole.Admin) : nameof(AccountRole.LimitedAdmin)),
                new(Web.Identity.ClaimNames.Permissions, ((int)permissions).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                .. departments is null ? Array.Empty<System.Security.Claims.Claim>() : [new(Web.Identity.ClaimNames.Departments, departments)],
            ], "test"));
            accessor.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
            try
            {
                return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
            }
            finally
            {
                accessor.HttpContext = null;
            }
        }

        public async Task<BackgroundJob> LoadJobAsync(TenantId tenant, Guid id)
        {
            await using var scope = TenantScope(tenant);
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id);
        }

        public async Task<List<Declaration>> DeclarationsAsync(TenantId tenant)
        {
            await using var scope = TenantScope(tenant);
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().ToListAsync();
        }
    }
}
