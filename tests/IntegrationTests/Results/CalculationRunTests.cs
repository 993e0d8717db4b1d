using System.Text;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Employees.ExportYearEndResults;
using YearEndAdjustment.Application.Results.GetCalculationState;
using YearEndAdjustment.Application.Results.GetMyResult;
using YearEndAdjustment.Application.Results.GetResult;
using YearEndAdjustment.Application.Results.ListResults;
using YearEndAdjustment.Application.Results.PublishResults;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Application.Results.UnpublishResults;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Results;

/// <summary>Issue 12 items 5–7 through the real pipeline and SQLite: runs, stale marking, publication, the results CSV.</summary>
public sealed partial class CalculationRunTests
{
    [Fact]
    public async Task ARunOverThreeYears_StoresForEachYearWhatTheCalculatorGives_AndNeverMixesYearsOrTenants()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-years");
        var (other, otherAdmin) = await factory.TenantWithAdminAsync("calc-years-other");
        var seeded = await factory.SeedAsync(tenant, 12, [2024, 2025, 2026]);
        await factory.SeedAsync(other, 3, [2025]);

        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var run = await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(year), tenant, admin);
            Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));
            var job = await factory.LoadJobAsync(tenant, run.JobId!.Value);
            Assert.Equal(BackgroundJobState.Succeeded, job.State);
            var summary = RunCalculationSummary.TryParse(job.Result)!;
            Assert.Equal((seeded.Approved.Count, seeded.Approved.Count, 0), (summary.Declarations, summary.Calculated, summary.Unchanged));
            Assert.Equal(1, summary.NotAdjusted[NotAdjustedReason.SalaryOverCeiling]);
        }

        var results = await factory.ResultsAsync(tenant);
        Assert.Equal(3 * seeded.Approved.Count, results.Count);
        foreach (var stored in results)
        {
            var (forms, total) = await factory.InputsAsync(tenant, stored.EmployeeId, stored.TaxYear.Value);
            var expected = AdjustmentCalculator.Calculate(
                DeclarationAdjustmentInput.Build(forms, stored.TaxYear.Value, CalculationPayroll.From(total, null, stored.TaxYear.Value)), includeTrace: true);
            Assert.Equal(
                (expected.NotAdjustedReason, expected.SalaryTotal, expected.EmploymentIncome, expected.TotalDeductions, expected.TaxableIncome, expected.ComputedTax, expected.FlatTaxCutApplied, expected.AnnualTax, expected.Difference),
                (stored.NotAdjustedReason, stored.SalaryTotal, stored.EmploymentIncome, stored.TotalDeductions, stored.TaxableIncome, stored.ComputedTax, stored.FlatTaxCutApplied, stored.AnnualTax, stored.Difference));
            Assert.Equal(expected.Trace.Select(l => (l.Step.Code, l.Amount)), ResultTrace.Parse(stored.TraceJson).Select(l => (l.Code, l.Amount)));
        }

        // 2024's flat tax cut shows only in 2024; the other tenant has no results.
        Assert.Contains(results, r => r.TaxYear.Value == 2024 && r.FlatTaxCutApplied > 0);
        Assert.All(results.Where(r => r.TaxYear.Value != 2024), r => Assert.Equal(0, r.FlatTaxCut));
        Assert.Empty(await factory.ResultsAsync(other));

        // A second run with nothing changed keeps every result as it is.
        var again = await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);
        var second = RunCalculationSummary.TryParse((await factory.LoadJobAsync(tenant, again.JobId!.Value)).Result)!;
        Assert.Equal((0, seeded.Approved.Count), (second.Calculated, second.Unchanged));
        _ = otherAdmin;
    }

    [Fact]
    public async Task AResult_TurnsStale_WhenTheDeclarationOrThePayrollChanges_AndARunMakesItCurrentAgain()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-stale");
        var seeded = await factory.SeedAsync(tenant, 6, [2025]);
        var one = seeded.Approved[0];
        var single = await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025, one.Value), tenant, admin);
        Assert.Equal((null, 1), (single.JobId, single.Summary!.Calculated));
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        var state = await factory.SendAsAsync<CalculationStateDto>(new GetCalculationStateQuery(2025), tenant, admin);
        Assert.Equal((0, seeded.Approved.Count, 0), (state.NotRun, state.Current, state.Stale));

        // Payroll re-imported with a new figure, and another declaration reopened by the admin.
        await factory.ChangePayrollAsync(tenant, one, 2025);
        await factory.ReopenAsync(tenant, seeded.Approved[1], 2025);
        state = await factory.SendAsAsync<CalculationStateDto>(new GetCalculationStateQuery(2025), tenant, admin);
        Assert.Equal((0, seeded.Approved.Count - 2, 2), (state.NotRun, state.Current, state.Stale));

        var staleList = await factory.SendAsAsync<ResultListDto>(new ListResultsQuery(2025, ResultStatusFilter.Stale), tenant, admin);
        Assert.Equal(new[] { one.Value, seeded.Approved[1].Value }.Order(), staleList.Rows.Select(r => r.EmployeeId).Order());
        Assert.All(staleList.Rows, r => Assert.True(r.IsStale));

        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var changed = await db.Declarations.Where(ResultStaleness.ChangedSinceCalculation(db)).Select(d => d.EmployeeId).ToListAsync();
            Assert.Equal(new[] { one, seeded.Approved[1] }.OrderBy(e => e.Value), changed.OrderBy(e => e.Value));
        }

        // Re-running computes the changed payroll; the reopened declaration is no longer approved and stays stale.
        var rerun = await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);
        var summary = RunCalculationSummary.TryParse((await factory.LoadJobAsync(tenant, rerun.JobId!.Value)).Result)!;
        Assert.Equal((1, seeded.Approved.Count - 2), (summary.Calculated, summary.Unchanged));
        state = await factory.SendAsAsync<CalculationStateDto>(new GetCalculationStateQuery(2025), tenant, admin);
        Assert.Equal((seeded.Approved.Count - 1, 1), (state.Current, state.Stale));
    }

    [Fact]
    public async Task Refusals_YearNotOpen_NotApproved_OutOfScope_OtherTenant_NoPermission()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-refuse");
        var (other, otherAdmin) = await factory.TenantWithAdminAsync("calc-refuse-other");
        var seeded = await factory.SeedAsync(tenant, 6, [2025]);
        await factory.SeedAsync(other, 2, [2025]);

        var notOpen = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2026), tenant, admin));
        Assert.Equal("results.year_not_open", notOpen.Code);
        Assert.Contains("2026", notOpen.Message);

        var draft = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025, seeded.Draft.Value), tenant, admin));
        Assert.Equal("results.not_approved", draft.Code);

        // seeded.Approved[1] is in D2; a D1 clerk may neither compute nor read it.
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<RunCalculationResult>(
            new RunCalculationCommand(2025, seeded.Approved[1].Value), tenant, admin, Permission.RunCalculations, "D1"));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<RunCalculationResult>(
            new RunCalculationCommand(2025), tenant, admin, Permission.ReviewDeclarations));

        // Another tenant's employee does not exist here.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAsync<RunCalculationResult>(
            new RunCalculationCommand(2025, seeded.Approved[0].Value), other, otherAdmin));

        // A limited admin's run covers only their departments.
        var clerk = await factory.AccountAsync(tenant, "clerk", AccountRole.LimitedAdmin, Permission.RunCalculations, ["D1"]);
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, clerk, Permission.RunCalculations, "D1");
        await factory.Runner().RunNextAsync(CancellationToken.None);
        var results = await factory.ResultsAsync(tenant);
        Assert.Equal(seeded.ApprovedD1.OrderBy(e => e.Value), results.Select(r => r.EmployeeId).OrderBy(e => e.Value));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<ResultDetailDto>(
            new GetResultQuery(2025, seeded.ApprovedD1[0].Value), tenant, admin, Permission.RunCalculations, "D2"));
    }

    [Fact]
    public async Task Publish_RefusesStale_AuditsPublishAndUnpublish_AndAnEmployeeSeesOnlyTheirOwnPublishedResult()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-publish");
        var seeded = await factory.SeedAsync(tenant, 6, [2025]);
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);
        var me = seeded.Approved[0];
        var colleague = seeded.Approved[2];

        // Not yet published: the employee sees nothing.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<ResultDetailDto>(new GetMyResultQuery(2025), tenant, seeded.AccountOf[me].Value));

        await factory.ChangePayrollAsync(tenant, colleague, 2025);
        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsAsync<PublishResultsResult>(new PublishResultsCommand(2025, [me.Value, colleague.Value]), tenant, admin));
        Assert.Equal(YearEndResult.StalePublishCode, stale.Code);
        Assert.Contains("1", stale.Message);
        Assert.DoesNotContain(await factory.ResultsAsync(tenant), r => r.IsPublished);
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<PublishResultsResult>(
            new PublishResultsCommand(2025, []), tenant, admin, Permission.RunCalculations));

        // "All" publishes the current ones and counts the stale one.
        var all = await factory.SendAsAsync<PublishResultsResult>(new PublishResultsCommand(2025, []), tenant, admin);
        Assert.Equal((seeded.Approved.Count - 1, 1), (all.Published, all.StaleSkipped));

        var mine = await factory.SendAsAccountAsync<ResultDetailDto>(new GetMyResultQuery(2025), tenant, seeded.AccountOf[me].Value);
        Assert.Equal((me.Value, 2025), (mine.EmployeeId, mine.TaxYear));
        Assert.NotEmpty(mine.Trace);

        // The colleague's result is stale and unpublished: reading "mine" as the colleague never yields my result.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<ResultDetailDto>(new GetMyResultQuery(2025), tenant, seeded.AccountOf[colleague].Value));

        var hidden = await factory.SendAsAsync<int>(new UnpublishResultsCommand(2025, [me.Value]), tenant, admin);
        Assert.Equal(1, hidden);
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<ResultDetailDto>(new GetMyResultQuery(2025), tenant, seeded.AccountOf[me].Value));

        var audit = await factory.AuditAsync(tenant);
        Assert.Contains(audit, a => a.Action == AuditAction.ResultsPublished && a.Detail!.Contains("published=" + (seeded.Approved.Count - 1), StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == AuditAction.ResultsUnpublished && a.SubjectEmployeeId == me);
    }

    [Fact]
    public async Task ResultsCsv_RoundTripsThroughTheReader_IsNeutralised_HasShiftJis_AndIsRefusedWhileStale()
    {
        await using var factory = new Factory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("calc-csv");
        var seeded = await factory.SeedAsync(tenant, 6, [2025], firstName: "=HYPERLINK(\"x\")");
        await factory.SendAsAsync<RunCalculationResult>(new RunCalculationCommand(2025), tenant, admin);
        await factory.Runner().RunNextAsync(CancellationToken.None);

        using var utf8 = new MemoryStream();
        var written = await factory.SendAsAsync<ResultsExportResult>(new ExportResultsCommand(2025, utf8), tenant, admin);
        Assert.Equal((true, seeded.Approved.Count), (written.Written, written.RowCount));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, utf8.ToArray()[..3]);

        await using (var scope = factory.TenantScope(tenant))
        {
            utf8.Position = 0;
            var document = await scope.ServiceProvider.GetRequiredService<ICsvFileReader>().OpenAsync(utf8);
            var all = document.Records.Select(r => r.Fields).ToList();
            Assert.Equal(ResultsCsvLayout.Header, all[0]);
            var records = all.Skip(1).ToList();
            Assert.Equal(seeded.Approved.Count, records.Count);
            var stored = (await factory.ResultsAsync(tenant)).ToDictionary(r => r.EmployeeId);
            var numbers = await factory.NumbersAsync(tenant);
            foreach (var row in records)
            {
                var result = stored[numbers[row[0]]];
                Assert.Equal(result.AnnualTax.ToString(System.Globalization.CultureInfo.InvariantCulture), row[Array.IndexOf(ResultsCsvLayout.Header, "年調年税額")]);
                Assert.Equal(result.Difference.ToString(System.Globalization.CultureInfo.InvariantCulture), row[Array.IndexOf(ResultsCsvLayout.Header, "過不足額")]);
                Assert.Equal(result.Refund.ToString(System.Globalization.CultureInfo.InvariantCulture), row[Array.IndexOf(ResultsCsvLayout.Header, "還付額")]);
            }

            Assert.Contains(records, r => r[1] == "'=HYPERLINK(\"x\")");
        }

        using var sjis = new MemoryStream();
        var shiftJis = await factory.SendAsAsync<ResultsExportResult>(new ExportResultsCommand(2025, sjis, CsvTextEncoding.ShiftJis), tenant, admin);
        Assert.True(shiftJis.Written);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(932).GetString(sjis.ToArray());
        Assert.StartsWith("社員番号,氏名,年分,状態", text, StringComparison.Ordinal);

        Assert.Contains(await factory.AuditAsync(tenant), a => a.Action == AuditAction.ResultsExported);

        await factory.ChangePayrollAsync(tenant, seeded.Approved[0], 2025);
        await factory.ChangePayrollAsync(tenant, seeded.Approved[1], 2025);
        var exportsBefore = (await factory.AuditAsync(tenant)).Count(a => a.Action == AuditAction.ResultsExported);
        using var refusedFile = new MemoryStream();
        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsAsync<ResultsExportResult>(new ExportResultsCommand(2025, refusedFile), tenant, admin));
        Assert.Equal("results.stale_export", refused.Code);
        Assert.Contains("2", refused.Message);

        // ADR 0057: the rows are already being read on a second context when the check refuses; nothing is written or audited.
        Assert.Equal(0, refusedFile.Length);
        Assert.Equal(exportsBefore, (await factory.AuditAsync(tenant)).Count(a => a.Action == AuditAction.ResultsExported));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<ResultsExportResult>(
            new ExportResultsCommand(2025, new MemoryStream()), tenant, admin, Permission.RunCalculations));
    }

    [Fact]
    public async Task Pages_AdminRunsPublishesAndReadsTheTrace_TheEmployeeReadsTheExplanation_AndCannotOpenTheAdminList()
    {
        await using var factory = new Factory();
        const string slug = "calc-pages";
        const string password = "correct horse battery staple 42";
        var created = await factory.CreateTenantAsync(slug);
        var tenant = new TenantId(created.TenantId);
        var admin = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, slug, "admin", created.InitialPassword, password);
        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, slug, "worker", "社員 0");
        var seeded = await factory.SeedAsync(tenant, 4, [2025], firstLogin: "worker");

        var run = await AuthWebApplicationFactory.PostFormAsync(admin, $"/{slug}/admin/results/2025", new Dictionary<string, string>(), $"/{slug}/admin/results/2025?handler=Run");
        Assert.Contains("/admin/results/2025/runs/", run.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await factory.Runner().RunNextAsync(CancellationToken.None));
        Assert.Contains("計算が終わりました", await admin.GetStringAsync(run.RequestMessage.RequestUri));

        var list = await admin.GetStringAsync($"/{slug}/admin/results/2025");
        Assert.Contains("還付額の合計", list);
        Assert.Contains("E00000", list);
        var detail = await admin.GetStringAsync($"/{slug}/admin/results/2025/{seeded.Approved[0].Value}");
        Assert.Contains("計算の過程", detail);
        Assert.Contains("salary_total", detail);

        var published = await AuthWebApplicationFactory.PostFormAsync(admin, $"/{slug}/admin/results/2025", new Dictionary<string, string> { ["all"] = "true" }, $"/{slug}/admin/results/2025?handler=Publish");
        Assert.Contains("4人の結果を公開しました", await published.Content.ReadAsStringAsync());

        var employee = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(employee, slug, "worker", initial, password);
        var home = await employee.GetStringAsync($"/{slug}/");
        Assert.Contains("年末調整の結果", home);
        Assert.Contains($"href=\"/{slug}/results/2025\"", home);
        var mine = await employee.GetStringAsync($"/{slug}/results/2025");
        Assert.Matches("なぜ(還付|不足)になるのか", mine);
        var stored = (await factory.ResultsAsync(tenant)).Single(r => r.EmployeeId == seeded.Approved[0]);
        Assert.Contains(stored.AnnualTax.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), mine);

        var forbidden = await employee.GetAsync($"/{slug}/admin/results/2025");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, forbidden.StatusCode);
        Assert.DoesNotContain("還付額の合計", await forbidden.Content.ReadAsStringAsync());
    }

    internal sealed record Seeded(List<EmployeeId> Approved, List<EmployeeId> ApprovedD1, EmployeeId Draft, Dictionary<EmployeeId, AccountId> AccountOf);

    internal sealed partial class Factory : AuthWebApplicationFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);

                // Batches of five: a run of a dozen declarations goes through the read / calculate / write overlap
                // of several batches (ADR 0053), first and repeated runs alike.
                services.AddSingleton(new ResultCalculator.Batching(5));
            });
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

        public BackgroundJobRunner Runner() => Services.GetRequiredService<BackgroundJobRunner>();

        public async Task<(TenantId Tenant, AccountId Admin)> TenantWithAdminAsync(string slug)
        {
            var tenant = new TenantId((await CreateTenantAsync(slug)).TenantId);
            await using var scope = TenantScope(tenant);
            var admin = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.SingleAsync();
            return (tenant, admin.Id);
        }

        /// <summary>
        /// <paramref name="count"/> employees in D1/D2, each with an account, payroll totals and an approved declaration
        /// per year (salaries differ; employee 3 earns over 20,000,000), plus one more employee whose declaration is a draft.
        /// </summary>
        public async Task<Seeded> SeedAsync(TenantId tenant, int count, int[] years, string? firstName = null, string? firstLogin = null)
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var approved = new List<EmployeeId>();
            var approvedD1 = new List<EmployeeId>();
            var accounts = new Dictionary<EmployeeId, AccountId>();
            EmployeeId draft = default;
            for (var i = 0; i <= count; i++)
            {
                var department = i % 2 == 0 ? "D1" : "D2";
                var employee = Employee.Register(tenant, EmployeeNumber.Create($"E{i:D5}"), EmployeeProfile.Create(
                    i == 0 && firstName is not null ? firstName : $"社員 {i}", "シャイン", new DateOnly(1980, 1, 1), Gender.Female, null, null,
                    new DateOnly(2010, 4, 1), null, department, null, null), now);
                db.Employees.Add(employee);
                Account account;
                if (i == 0 && firstLogin is not null)
                {
                    var login = LoginId.Create(firstLogin);
                    account = await db.Accounts.SingleAsync(a => a.LoginId == login);
                }
                else
                {
                    account = Account.Register(tenant, LoginId.Create($"e{i:D5}"), $"社員 {i}", null, AccountRole.General, Permission.None, [], now);
                    db.Accounts.Add(account);
                }

                account.LinkEmployee(employee.Id);
                accounts[employee.Id] = account.Id;
                foreach (var year in years)
                {
                    var salary = i == 3 ? 21_000_000 : 3_000_000 + (i * 700_000) + ((year - 2024) * 100_000);
                    db.PayrollTotals.Add(PayrollTotal.Record(tenant, employee.Id, new TaxYear(year), new PayrollAmounts(
                        new Yen(salary), new Yen(500_000), new Yen(salary / 20), new Yen(salary / 7), new Yen(0), new Yen(0), new Yen(0)), now));
                    var declaration = Declaration.Create(tenant, employee.Id, new TaxYear(year), null, now);
                    var forms = DeclarationForms.Empty with
                    {
                        Insurance = InsuranceForm.Empty with
                        {
                            SocialInsurance = [new SocialInsuranceLine(Guid.NewGuid(), SocialInsuranceKind.NationalPension, "日本年金機構", "本人", 10_000 * i, new CertificateEvidence([], true))],
                        },
                    };
                    declaration.SaveForms(forms, null, now);
                    if (i < count)
                    {
                        declaration.Submit(employee.Id, now);
                        declaration.Approve(now);
                    }

                    db.Declarations.Add(declaration);
                }

                if (i == count)
                {
                    draft = employee.Id;
                }
                else
                {
                    approved.Add(employee.Id);
                    if (department == "D1")
                    {
                        approvedD1.Add(employee.Id);
                    }
                }
            }

            await db.SaveChangesAsync();
            return new Seeded(approved, approvedD1, draft, accounts);
        }

        public async Task ChangePayrollAsync(TenantId tenant, EmployeeId employee, int year)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var total = await db.PayrollTotals.SingleAsync(p => p.EmployeeId == employee && p.TaxYear == new TaxYear(year));
            Assert.True(total.Replace(total.Amounts with { TaxWithheld = new Yen(total.TaxWithheld.Value + 1_000) }, Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        public async Task ReopenAsync(TenantId tenant, EmployeeId employee, int year)
        {
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var declaration = await db.Declarations.SingleAsync(d => d.EmployeeId == employee && d.TaxYear == new TaxYear(year));
            declaration.Reopen("扶養親族の確認", Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        public async Task<List<YearEndResult>> ResultsAsync(TenantId tenant)
        {
            await using var scope = TenantScope(tenant);
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().YearEndResults.AsNoTracking().ToListAsync();
        }

        public async Task<List<AuditEntry>> AuditAsync(TenantId tenant)
        {
            await using var scope = TenantScope(tenant);
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().ToListAsync();
        }

        public async Task<Dictionary<string, EmployeeId>> NumbersAsync(TenantId tenant)
        {
            await using var scope = TenantScope(tenant);
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().Select(e => new { e.Number, e.Id }).ToListAsync();
            return rows.ToDictionary(r => r.Number.Value, r => r.Id);
        }

        public async Task<(DeclarationForms Forms, PayrollTotal Total)> InputsAsync(TenantId tenant, EmployeeId employee, int year)
        {
            await using var scope = TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.EmployeeId == employee && d.TaxYear == new TaxYear(year));
            var total = await db.PayrollTotals.AsNoTracking().SingleAsync(p => p.EmployeeId == employee && p.TaxYear == new TaxYear(year));
            return (declaration.Forms, total);
        }

        public async Task<BackgroundJob> LoadJobAsync(TenantId tenant, Guid id)
        {
            await using var scope = TenantScope(tenant);
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == id);
        }

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
    }
}
