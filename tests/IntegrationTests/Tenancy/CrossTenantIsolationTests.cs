using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Tenancy;

/// <summary>R-01: rows written as tenant A are invisible to, and unwritable by, tenant B (filter and save guard).</summary>
public abstract class CrossTenantIsolationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : YeaWebApplicationFactory
{
    [Fact]
    public async Task Query_AsOtherTenant_DoesNotSeeRows()
    {
        var (a, b) = await TwoTenantsAsync("iso-read");

        await using var scopeA = factory.TenantScope(a);
        await using var scopeB = factory.TenantScope(b);
        var accountsOfA = await Db(scopeA).Accounts.Select(x => x.TenantId).ToListAsync();
        var adminOfA = await Db(scopeA).Accounts.SingleAsync();
        var seenFromB = await Db(scopeB).Accounts.Where(x => x.Id == adminOfA.Id).ToListAsync();

        Assert.Equal([a], accountsOfA);
        Assert.Empty(seenFromB);
        Assert.Equal(b, (await Db(scopeB).Accounts.SingleAsync()).TenantId);
    }

    /// <summary>ADR 0060/0062: the precompiled per-request reads are tenant-scoped like every other read, on each provider.</summary>
    [Fact]
    public async Task RequestLookups_AnswerForTheScopesTenantOnly()
    {
        var (a, b) = await TwoTenantsAsync("iso-lookups");
        var now = DateTime.UtcNow;
        EmployeeId employeeOfA;
        AccountId adminOfA;
        await using (var scopeA = factory.TenantScope(a))
        {
            var db = Db(scopeA);
            var employee = Staff(a, "L001", "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), new DateOnly(2010, 4, 1), null, null, null, now);
            db.Employees.Add(employee);
            // A leaver (left yesterday: not current) and a future leaver in a department (current until then).
            var today0 = DateOnly.FromDateTime(now);
            db.Employees.Add(Staff(a, "L002", "佐藤 一郎", "サトウ イチロウ", new DateOnly(1981, 2, 3), new DateOnly(2011, 4, 1), today0.AddDays(-1), "D01", "営業部", now));
            db.Employees.Add(Staff(a, "L003", "鈴木 次郎", "スズキ ジロウ", new DateOnly(1982, 3, 4), new DateOnly(2012, 4, 1), today0.AddDays(30), "D01", "営業部", now));
            db.Declarations.Add(Domain.Declarations.Declaration.Create(a, employee.Id, new TaxYear(2025), null, now));
            var admin = await db.Accounts.SingleAsync();
            admin.Rename("改名");
            db.TenantSettings.Add(Domain.Tenants.TenantSettings.CreateDefault(a));
            db.PayrollTotals.Add(Domain.Employees.PayrollTotal.Record(a, employee.Id, new TaxYear(2025), new Domain.Employees.PayrollAmounts(
                new(4_000_000), new(600_000), new(90_000), new(650_000), new(1_000_000), new(20_000), new(150_000)), now));
            await db.SaveChangesAsync();
            (employeeOfA, adminOfA) = (employee.Id, admin.Id);
        }

        await using var inA = factory.TenantScope(a);
        await using var inB = factory.TenantScope(b);
        var lookupsA = inA.ServiceProvider.GetRequiredService<Application.Abstractions.IRequestLookups>();
        var lookupsB = inB.ServiceProvider.GetRequiredService<Application.Abstractions.IRequestLookups>();
        var newestA = await lookupsA.NewestDeclarationChangesAsync([2026, 2025, 2024, 2025, 2025], CancellationToken.None);
        var newestB = await lookupsB.NewestDeclarationChangesAsync([2025], CancellationToken.None);
        var versionsA = await lookupsA.VersionsAsync(CancellationToken.None);
        var versionsB = await lookupsB.VersionsAsync(CancellationToken.None);
        var employeesChangedA = await lookupsA.NewestEmployeeChangeAsync(CancellationToken.None);
        var employeesChangedB = await lookupsB.NewestEmployeeChangeAsync(CancellationToken.None);
        var today = DateOnly.FromDateTime(now);
        var listA = await inA.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>().CurrentPageAsync(today, null, 0, 50, CancellationToken.None);
        var listB = await inB.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>().CurrentPageAsync(today, null, 0, 50, CancellationToken.None);
        var tasksA = inA.ServiceProvider.GetRequiredService<Application.Declarations.GetMyTasks.IMyTasksReads>();
        var tasksB = inB.ServiceProvider.GetRequiredService<Application.Declarations.GetMyTasks.IMyTasksReads>();
        var historyA = inA.ServiceProvider.GetRequiredService<Application.Accounts.ListLoginHistory.ILoginHistoryReads>();
        var historyB = inB.ServiceProvider.GetRequiredService<Application.Accounts.ListLoginHistory.ILoginHistoryReads>();
        var openA = await tasksA.OpenDeclarationsAsync(employeeOfA, CancellationToken.None);
        var openSeenFromB = await tasksB.OpenDeclarationsAsync(employeeOfA, CancellationToken.None);
        var adminA = await historyA.AccountAsync(adminOfA, CancellationToken.None);
        var adminSeenFromB = await historyB.AccountAsync(adminOfA, CancellationToken.None);
        var payrollA = await lookupsA.PayrollAmountsAsync(employeeOfA, 2025, CancellationToken.None);
        var payrollSeenFromB = await lookupsB.PayrollAmountsAsync(employeeOfA, 2025, CancellationToken.None);
        var otherDepartmentA = await inA.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>().CurrentPageAsync(today, "D99", 0, 50, CancellationToken.None);
        var readsA = inA.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>();
        var readsB = inB.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>();
        var yamada = Application.Employees.Contracts.SearchTerm.Of("やまだ");
        var suzuki = Application.Employees.Contracts.SearchTerm.Of("鈴木");
        var sato = Application.Employees.Contracts.SearchTerm.Of("サトウ");
        string[] numbers = ["L001", "L002", "L003", "L999"];
        var searchesA = await SearchReadsAsync(readsA, today, yamada, suzuki, sato, numbers);
        var searchesB = await SearchReadsAsync(readsB, today, yamada, suzuki, sato, numbers);
        var idsA = await IdReadsAsync(inA.ServiceProvider.GetRequiredService<Application.Employees.Contracts.IEmployeeSearchReads>(), sato, suzuki);
        var idsB = await IdReadsAsync(inB.ServiceProvider.GetRequiredService<Application.Employees.Contracts.IEmployeeSearchReads>(), sato, suzuki);

        Assert.Null(newestA[0]);
        Assert.NotNull(newestA[1]);
        Assert.Null(newestA[2]);
        Assert.Equal(newestA[1], newestA[3]);
        Assert.Equal(newestA[1], newestA[4]);
        Assert.Equal([null], newestB);
        // On SQLite the versions come from their own prepared statement (ADR 0063): the same answers as EF's read.
        Assert.Equal(versionsB.Sessions + 1, versionsA.Sessions);
        Assert.Equal(await Db(inA).TenantSettings.Select(t => t.Version).SingleAsync(), versionsA.Settings);
        Assert.Equal(-1, versionsB.Settings);
        Assert.NotNull(employeesChangedA);
        Assert.Null(employeesChangedB);
        Assert.Equal(["L001", "L003"], listA.Select(e => e.EmployeeNumber));
        Assert.Equal(new EmployeeListItemOf("L003", "D01", "営業部", DateOnly.FromDateTime(now).AddDays(30)), EmployeeListItemOf.Of(listA[1]));
        Assert.Empty(listB);
        Assert.Empty(otherDepartmentA);
        // ADR 0069: the search's reads: kana and name key ranges of current staff (the leaver 佐藤 is not), optionally
        // of one department, and rows by number (a leaver's and an unknown number find nothing); none from tenant B.
        Assert.Equal(["L001"], searchesA.KanaYamada);
        Assert.Equal(["L003"], searchesA.NameSuzuki);
        Assert.Equal(["L003"], searchesA.NameSuzukiOfD01);
        Assert.Empty(searchesA.KanaYamadaOfD01);
        Assert.Empty(searchesA.KanaSato);
        Assert.Equal(["L001", "L003"], searchesA.ByNumbers.Select(i => i.EmployeeNumber).Order(StringComparer.Ordinal));
        Assert.Equal(["L003"], searchesA.ByNumbersOfD01.Select(i => i.EmployeeNumber));
        Assert.Equal(EmployeeListItemOf.Of(listA[1]), EmployeeListItemOf.Of(searchesA.ByNumbersOfD01[0]));
        Assert.All([searchesB.KanaYamada, searchesB.NameSuzuki, searchesB.NameSuzukiOfD01, searchesB.KanaYamadaOfD01, searchesB.KanaSato], Assert.Empty);
        Assert.Empty(searchesB.ByNumbers);
        Assert.Empty(searchesB.ByNumbersOfD01);
        // The declaration list's ranges (ADR 0069) cover leavers too: 佐藤 (of D01) left yesterday.
        var idOf = await Db(inA).Employees.ToDictionaryAsync(e => e.Number.Value, e => e.Id);
        Assert.Equal([idOf["L002"]], idsA.KanaSato);
        Assert.Equal([idOf["L003"]], idsA.NameSuzukiOfD01);
        Assert.Empty(idsA.NameSuzukiOfD99);
        Assert.Equal([idOf["L002"]], idsA.NumberL002);
        Assert.Empty(idsA.NumberL002OfD99);
        Assert.Equal(idsA.NumberL002, await inA.ServiceProvider.GetRequiredService<Application.Employees.Contracts.IEmployeeSearchReads>().IdsByNumberAsync("D01", "L002", CancellationToken.None));
        Assert.Empty(idsA.NumberUnknown);
        Assert.All([idsB.KanaSato, idsB.NameSuzukiOfD01, idsB.NameSuzukiOfD99, idsB.NumberL002, idsB.NumberL002OfD99, idsB.NumberUnknown], Assert.Empty);
        Assert.Equal(2025, Assert.Single(openA).TaxYear.Value);
        Assert.Empty(openSeenFromB);
        Assert.Equal("改名", adminA?.DisplayName);
        Assert.Null(adminSeenFromB);
        Assert.Equal(new Domain.Employees.PayrollAmounts(new(4_000_000), new(600_000), new(90_000), new(650_000), new(1_000_000), new(20_000), new(150_000)), payrollA);
        Assert.Null(payrollSeenFromB);
        Assert.Null(await lookupsA.PayrollAmountsAsync(employeeOfA, 2024, CancellationToken.None));
        Assert.Equal(0, await historyB.CountAsync(adminOfA, CancellationToken.None));
        Assert.Empty(await historyB.PageAsync(adminOfA, 0, 50, CancellationToken.None));

        // ADR 0065: on SQLite the stamps and the list run through kept statements; EF's compiled reads give the same.
        if (Db(inA) is SqliteAppDbContext sqlite)
        {
            var ef = new Infrastructure.Persistence.Queries.RequestLookups<SqliteAppDbContext>(sqlite, null);
            var efList = new Infrastructure.Persistence.Queries.EmployeeListReads<SqliteAppDbContext>(sqlite);
            Assert.IsType<Infrastructure.Persistence.Queries.SqliteEmployeeListReads>(inA.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>());
            Assert.Equal(await ef.NewestDeclarationChangesAsync([2026, 2025, 2024, 2025, 2025], CancellationToken.None), newestA);
            Assert.Equal(await ef.NewestEmployeeChangeAsync(CancellationToken.None), employeesChangedA);
            Assert.Equal(DateTimeKind.Utc, employeesChangedA!.Value.Kind);
            Assert.Equal(await ef.VersionsAsync(CancellationToken.None), versionsA);
            Assert.Equal(await ef.PayrollAmountsAsync(employeeOfA, 2025, CancellationToken.None), payrollA);
            Assert.Equal(await efList.CurrentPageAsync(today, null, 0, 50, CancellationToken.None), listA);
            Assert.Equal(
                await efList.CurrentPageAsync(today, "D01", 0, 50, CancellationToken.None),
                await inA.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>().CurrentPageAsync(today, "D01", 0, 50, CancellationToken.None));
            Assert.Equal(
                await efList.CurrentPageAsync(today, null, 1, 1, CancellationToken.None),
                await inA.ServiceProvider.GetRequiredService<Application.Employees.ListEmployees.IEmployeeListReads>().CurrentPageAsync(today, null, 1, 1, CancellationToken.None));
            var efSearches = await SearchReadsAsync(efList, today, yamada, suzuki, sato, numbers);
            Assert.Equal(efSearches.KanaYamada, searchesA.KanaYamada);
            Assert.Equal(efSearches.NameSuzuki, searchesA.NameSuzuki);
            Assert.Equal(efSearches.NameSuzukiOfD01, searchesA.NameSuzukiOfD01);
            Assert.Equal(efSearches.ByNumbers.OrderBy(i => i.EmployeeNumber, StringComparer.Ordinal), searchesA.ByNumbers.OrderBy(i => i.EmployeeNumber, StringComparer.Ordinal));
            Assert.Equal(efSearches.ByNumbersOfD01, searchesA.ByNumbersOfD01);
            Assert.IsType<Infrastructure.Persistence.Queries.SqliteEmployeeListReads>(inA.ServiceProvider.GetRequiredService<Application.Employees.Contracts.IEmployeeSearchReads>());
            Assert.Equal(await IdReadsAsync(efList, sato, suzuki), idsA);
        }
    }

    private sealed record SearchReads(
        List<string> KanaYamada, List<string> NameSuzuki, List<string> NameSuzukiOfD01, List<string> KanaYamadaOfD01, List<string> KanaSato,
        List<Application.Employees.ListEmployees.EmployeeListItemDto> ByNumbers, List<Application.Employees.ListEmployees.EmployeeListItemDto> ByNumbersOfD01);

    private static async Task<SearchReads> SearchReadsAsync(
        Application.Employees.ListEmployees.IEmployeeListReads reads, DateOnly today, Application.Employees.Contracts.SearchTerm yamada,
        Application.Employees.Contracts.SearchTerm suzuki, Application.Employees.Contracts.SearchTerm sato, string[] numbers)
    {
        const Application.Employees.Contracts.SearchKeyKind Name = Application.Employees.Contracts.SearchKeyKind.Name;
        const Application.Employees.Contracts.SearchKeyKind Kana = Application.Employees.Contracts.SearchKeyKind.Kana;
        var none = CancellationToken.None;
        return new(
            await reads.CurrentNumbersByKeyAsync(today, null, Kana, yamada.Key, yamada.UpperBound, 10, none),
            await reads.CurrentNumbersByKeyAsync(today, null, Name, suzuki.Key, suzuki.UpperBound, 10, none),
            await reads.CurrentNumbersByKeyAsync(today, "D01", Name, suzuki.Key, suzuki.UpperBound, 10, none),
            await reads.CurrentNumbersByKeyAsync(today, "D01", Kana, yamada.Key, yamada.UpperBound, 10, none),
            await reads.CurrentNumbersByKeyAsync(today, null, Kana, sato.Key, sato.UpperBound, 10, none),
            await reads.CurrentByNumbersAsync(today, null, numbers, none),
            await reads.CurrentByNumbersAsync(today, "D01", numbers, none));
    }

    private sealed record IdReads(
        List<EmployeeId> KanaSato, List<EmployeeId> NameSuzukiOfD01, List<EmployeeId> NameSuzukiOfD99,
        List<EmployeeId> NumberL002, List<EmployeeId> NumberL002OfD99, List<EmployeeId> NumberUnknown)
    {
        public bool Equals(IdReads? other) =>
            other is not null && KanaSato.SequenceEqual(other.KanaSato) && NameSuzukiOfD01.SequenceEqual(other.NameSuzukiOfD01)
            && NameSuzukiOfD99.SequenceEqual(other.NameSuzukiOfD99) && NumberL002.SequenceEqual(other.NumberL002)
            && NumberL002OfD99.SequenceEqual(other.NumberL002OfD99) && NumberUnknown.SequenceEqual(other.NumberUnknown);

        public override int GetHashCode() => KanaSato.Count;
    }

    private static async Task<IdReads> IdReadsAsync(
        Application.Employees.Contracts.IEmployeeSearchReads reads, Application.Employees.Contracts.SearchTerm sato, Application.Employees.Contracts.SearchTerm suzuki)
    {
        var none = CancellationToken.None;
        return new(
            await reads.IdsByKeyAsync(null, Application.Employees.Contracts.SearchKeyKind.Kana, sato.Key, sato.UpperBound, 10, none),
            await reads.IdsByKeyAsync("D01", Application.Employees.Contracts.SearchKeyKind.Name, suzuki.Key, suzuki.UpperBound, 10, none),
            await reads.IdsByKeyAsync("D99", Application.Employees.Contracts.SearchKeyKind.Name, suzuki.Key, suzuki.UpperBound, 10, none),
            await reads.IdsByNumberAsync(null, "L002", none),
            await reads.IdsByNumberAsync("D99", "L002", none),
            await reads.IdsByNumberAsync(null, "L999", none));
    }

    private sealed record EmployeeListItemOf(string Number, string? Department, string? DepartmentName, DateOnly? LeaveDate)
    {
        public static EmployeeListItemOf Of(Application.Employees.ListEmployees.EmployeeListItemDto item) =>
            new(item.EmployeeNumber, item.DepartmentCode, item.DepartmentName, item.LeaveDate);
    }

    /// <summary>ADR 0065: on SQLite the employee home's reads run through kept statements and answer as EF's reads do.</summary>
    [Fact]
    public async Task MyTasksReads_AnswerAsTheEfReads_ForTheScopesTenantOnly()
    {
        var (a, b) = await TwoTenantsAsync("iso-tasks");
        var now = DateTime.UtcNow;
        EmployeeId employeeOfA;
        long difference;
        await using (var scopeA = factory.TenantScope(a))
        {
            var db = Db(scopeA);
            var employee = Staff(a, "T001", "山田 花子", "ヤマダ ハナコ", new DateOnly(1985, 1, 1), new DateOnly(2010, 4, 1), null, null, null, now);
            var approved = Domain.Declarations.Declaration.Create(a, employee.Id, new TaxYear(2024), null, now);
            var approvedWithEdits = Domain.Declarations.Declaration.Create(a, employee.Id, new TaxYear(2025), new DateOnly(2025, 12, 10), now);
            var open = Domain.Declarations.Declaration.Create(a, employee.Id, new TaxYear(2026), new DateOnly(2026, 12, 25), now);
            db.Employees.Add(employee);
            db.Declarations.AddRange(approved, approvedWithEdits, open);
            db.Entry(approved).Property(d => d.Status).CurrentValue = Domain.Declarations.DeclarationStatus.Approved;
            db.Entry(approvedWithEdits).Property(d => d.Status).CurrentValue = Domain.Declarations.DeclarationStatus.Approved;
            db.Entry(approvedWithEdits).Property(d => d.AssistedEditsPendingSinceUtc).CurrentValue = now;
            var computed = Domain.Adjustments.AdjustmentCalculator.Calculate(
                new Domain.Adjustments.AdjustmentInput { TaxYear = 2025, SalaryPaid = 5_000_000, TaxWithheld = 150_000, SocialInsuranceWithheld = 700_000 }, includeTrace: false);
            var result = Domain.Results.YearEndResult.Record(a, employee.Id, new Domain.Results.CalculationStamp(approvedWithEdits.Id, 3, 2, now, new DateOnly(2025, 12, 31)),
                new string('a', Domain.Results.InputFingerprint.Length), computed, Guid.NewGuid(), now);
            result.Publish(Domain.Results.ResultFreshness.Current, AccountId.New(), now);
            db.YearEndResults.Add(result);
            await db.SaveChangesAsync();
            (employeeOfA, difference) = (employee.Id, result.Difference);
        }

        await using var inA = factory.TenantScope(a);
        await using var inB = factory.TenantScope(b);
        var readsA = inA.ServiceProvider.GetRequiredService<Application.Declarations.GetMyTasks.IMyTasksReads>();
        var readsB = inB.ServiceProvider.GetRequiredService<Application.Declarations.GetMyTasks.IMyTasksReads>();
        var openA = await readsA.OpenDeclarationsAsync(employeeOfA, CancellationToken.None);
        var publishedA = await readsA.PublishedResultsAsync(employeeOfA, CancellationToken.None);

        Assert.Equal(
            [
                new(new TaxYear(2026), Domain.Declarations.DeclarationStatus.NotStarted, new DateOnly(2026, 12, 25), false),
                new Application.Declarations.GetMyTasks.OpenDeclarationRow(new TaxYear(2025), Domain.Declarations.DeclarationStatus.Approved, new DateOnly(2025, 12, 10), true),
            ],
            openA);
        Assert.Equal([new Application.Declarations.GetMyTasks.MyPublishedResultDto(2025, difference, true)], publishedA);
        Assert.NotEqual(0, difference);
        Assert.Empty(await readsB.OpenDeclarationsAsync(employeeOfA, CancellationToken.None));
        Assert.Empty(await readsB.PublishedResultsAsync(employeeOfA, CancellationToken.None));
        if (Db(inA) is SqliteAppDbContext sqlite)
        {
            var ef = new Infrastructure.Persistence.Queries.MyTasksReads<SqliteAppDbContext>(sqlite);
            Assert.IsType<Infrastructure.Persistence.Queries.SqliteMyTasksReads>(readsA);
            Assert.Equal(await ef.OpenDeclarationsAsync(employeeOfA, CancellationToken.None), openA);
            Assert.Equal(await ef.PublishedResultsAsync(employeeOfA, CancellationToken.None), publishedA);
        }
    }

    /// <summary>
    /// ADR 0066: on SQLite the flow's declaration read runs through a kept statement and makes the aggregate itself;
    /// every property EF maps must come back as EF's read gives it (a property added to the model and not to the
    /// kept read fails here), and another tenant's scope finds nothing.
    /// </summary>
    [Fact]
    public async Task DeclarationRead_AnswersAsTheEfRead_ForTheScopesTenantOnly()
    {
        var (a, b) = await TwoTenantsAsync("iso-decl");
        var now = DateTime.UtcNow;
        EmployeeId full, bare;
        await using (var scopeA = factory.TenantScope(a))
        {
            var db = Db(scopeA);
            var one = Staff(a, "D001", "山田 花子", "ヤマダ ハナコ", new DateOnly(1985, 1, 1), new DateOnly(2010, 4, 1), null, null, null, now);
            var two = Staff(a, "D002", "佐藤 次郎", "サトウ ジロウ", new DateOnly(1986, 1, 1), new DateOnly(2011, 4, 1), null, null, null, now);
            db.Employees.AddRange(one, two);
            var life = new Domain.Declarations.LifeInsuranceLine(Guid.NewGuid(), "ひまわり生命", "終身", Domain.Declarations.LifeInsuranceCategory.General,
                Domain.Declarations.InsuranceRegime.Old, null, "本人", "妻", null, 120_000, new Domain.Declarations.CertificateEvidence([Guid.NewGuid()], true));
            var loan = new Domain.Declarations.HousingLoanForm(new DateOnly(2022, 4, 1), Domain.Declarations.HousingLoanCategory.General, 20_000_000, 100, null,
                30_000_000, 70, 210_000, new Domain.Declarations.CertificateEvidence([], true), new Domain.Declarations.CertificateEvidence([], false));
            var rich = Domain.Declarations.Declaration.Create(a, one.Id, new TaxYear(2026), new DateOnly(2026, 12, 25), now);
            rich.SaveFormsOnBehalf(Domain.Declarations.DeclarationForms.Empty with
            {
                Insurance = Domain.Declarations.InsuranceForm.Empty with { Life = [life] },
                HousingLoan = loan,
            }, AccountId.New(), now.AddSeconds(1));
            rich.RememberStep("insurance");
            db.Declarations.AddRange(rich, Domain.Declarations.Declaration.Create(a, two.Id, new TaxYear(2025), null, now));
            IReadOnlyList<Domain.Declarations.ReviewComment> comments = [new("insurance.life[0].premium", "証明書の金額を確認してください")];
            db.Entry(rich).Property(d => d.Status).CurrentValue = Domain.Declarations.DeclarationStatus.Returned;
            db.Entry(rich).Property(d => d.ReturnComments).CurrentValue = comments;
            db.Entry(rich).Property(d => d.SubmittedAtUtc).CurrentValue = now.AddSeconds(2);
            db.Entry(rich).Property(d => d.ReviewStartedAtUtc).CurrentValue = now.AddSeconds(3);
            db.Entry(rich).Property(d => d.ReturnedAtUtc).CurrentValue = now.AddMilliseconds(4_321);
            db.Entry(rich).Property(d => d.OpeningNoticeSentAtUtc).CurrentValue = now.AddDays(-1);
            db.Entry(rich).Property(d => d.ReopenReason).CurrentValue = "再開の理由";
            db.Entry(rich).Property(d => d.ApprovedAtUtc).CurrentValue = now.AddDays(-2);
            await db.SaveChangesAsync();
            (full, bare) = (one.Id, two.Id);
        }

        await using var inA = factory.TenantScope(a);
        await using var inB = factory.TenantScope(b);
        var lookupsA = inA.ServiceProvider.GetRequiredService<Application.Abstractions.IRequestLookups>();
        var richA = await lookupsA.FindDeclarationAsync(full, 2026, CancellationToken.None);
        var bareA = await lookupsA.FindDeclarationAsync(bare, 2025, CancellationToken.None);

        Assert.NotNull(richA);
        Assert.NotNull(richA.HousingLoan);
        Assert.Equal(Domain.Declarations.DeclarationStatus.Returned, richA.Status);
        Assert.Equal("insurance", richA.LastStep);
        Assert.NotNull(richA.AssistedEditsPendingSinceUtc);
        Assert.Single(richA.ReturnComments);
        Assert.Equal(120_000, Assert.Single(richA.Insurance.Life).Premium);
        Assert.Null(bareA!.HousingLoan);
        Assert.Null(await lookupsA.FindDeclarationAsync(full, 2025, CancellationToken.None));
        Assert.Null(await inB.ServiceProvider.GetRequiredService<Application.Abstractions.IRequestLookups>().FindDeclarationAsync(full, 2026, CancellationToken.None));
        if (Db(inA) is SqliteAppDbContext sqlite)
        {
            Assert.NotNull(inA.ServiceProvider.GetService<Infrastructure.Persistence.Queries.SqliteRequestReads>());
            var ef = new Infrastructure.Persistence.Queries.RequestLookups<SqliteAppDbContext>(sqlite, null);
            var properties = sqlite.Model.FindEntityType(typeof(Domain.Declarations.Declaration))!.GetProperties().ToList();
            Assert.True(properties.Count >= 23);
            foreach (var (kept, key) in new[] { (richA, (full, 2026)), (bareA, (bare, 2025)) })
            {
                var read = await ef.FindDeclarationAsync(key.Item1, key.Item2, CancellationToken.None);
                foreach (var property in properties)
                {
                    Assert.Equal(Stored(property.PropertyInfo!.GetValue(read)), Stored(property.PropertyInfo.GetValue(kept)));
                }

                Assert.Equal(DateTimeKind.Utc, kept.UpdatedAtUtc.Kind);
            }
        }

        // Forms are records holding lists: compared by their stored JSON, the rest by value and kind.
        static string Stored(object? value) => value switch
        {
            DateTime time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            null => "null",
            _ => System.Text.Json.JsonSerializer.Serialize(value),
        };
    }

    /// <summary>ADR 0065: on SQLite the sign-in history's reads run through kept statements and answer as EF's reads do.</summary>
    [Fact]
    public async Task LoginHistoryReads_AnswerAsTheEfReads_ForTheScopesTenantOnly()
    {
        var (a, b) = await TwoTenantsAsync("iso-history");
        // Whole microseconds: PostgreSQL keeps no finer time.
        var start = new DateTime(2026, 11, 30, 23, 59, 58, 123, DateTimeKind.Utc).AddTicks(4560);
        AccountId adminOfA;
        await using (var scopeA = factory.TenantScope(a))
        {
            var db = Db(scopeA);
            adminOfA = (await db.Accounts.SingleAsync()).Id;
            for (var i = 0; i < 5; i++)
            {
                db.LoginHistory.Add(Domain.Accounts.LoginHistoryEntry.Record(a, adminOfA, "admin", start.AddMinutes(i), i == 2 ? null : "192.0.2." + i,
                    i == 3 ? null : "Mozilla/5.0 テスト", i % 2 == 0 ? Domain.Accounts.SignInOutcome.Succeeded : Domain.Accounts.SignInOutcome.WrongPassword));
            }

            await db.SaveChangesAsync();
        }

        await using var inA = factory.TenantScope(a);
        await using var inB = factory.TenantScope(b);
        var readsA = inA.ServiceProvider.GetRequiredService<Application.Accounts.ListLoginHistory.ILoginHistoryReads>();
        var readsB = inB.ServiceProvider.GetRequiredService<Application.Accounts.ListLoginHistory.ILoginHistoryReads>();
        var account = await readsA.AccountAsync(adminOfA, CancellationToken.None);
        var count = await readsA.CountAsync(adminOfA, CancellationToken.None);
        var page = await readsA.PageAsync(adminOfA, 1, 3, CancellationToken.None);

        Assert.Equal(new Application.Accounts.ListLoginHistory.AccountName("admin", "管理者"), account);
        Assert.Equal(5, count);
        Assert.Equal([start.AddMinutes(3), start.AddMinutes(2), start.AddMinutes(1)], page.Select(p => p.OccurredAtUtc));
        Assert.All(page, p => Assert.Equal(DateTimeKind.Utc, p.OccurredAtUtc.Kind));
        Assert.Null(page[0].UserAgent);
        Assert.Null(page[1].ClientIp);
        Assert.Equal(Domain.Accounts.SignInOutcome.WrongPassword, page[0].Outcome);
        Assert.Null(await readsB.AccountAsync(adminOfA, CancellationToken.None));
        Assert.Equal(0, await readsB.CountAsync(adminOfA, CancellationToken.None));
        Assert.Empty(await readsB.PageAsync(adminOfA, 0, 10, CancellationToken.None));
        if (Db(inA) is SqliteAppDbContext sqlite)
        {
            var ef = new Infrastructure.Persistence.Queries.LoginHistoryReads<SqliteAppDbContext>(sqlite);
            Assert.IsType<Infrastructure.Persistence.Queries.SqliteLoginHistoryReads>(readsA);
            Assert.Equal(await ef.AccountAsync(adminOfA, CancellationToken.None), account);
            Assert.Equal(await ef.PageAsync(adminOfA, 1, 3, CancellationToken.None), page);
            Assert.Equal(await ef.PageAsync(adminOfA, 0, 10, CancellationToken.None), await readsA.PageAsync(adminOfA, 0, 10, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Query_WithoutTenant_SeesNoTenantRows()
    {
        await TwoTenantsAsync("iso-none");
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.Empty(await Db(scope).Accounts.ToListAsync());
    }

    [Fact]
    public async Task Save_ModifyingOtherTenantsRow_IsRefusedAndChangesNothing()
    {
        var (a, b) = await TwoTenantsAsync("iso-write");
        await using (var scopeB = factory.TenantScope(b))
        {
            var db = Db(scopeB);
            var rowOfA = await db.Accounts.IgnoreQueryFilters([AppDbContext.TenantFilter]).SingleAsync(x => x.TenantId == a);
            db.Entry(rowOfA).Property(x => x.DisplayName).CurrentValue = "乗っ取り";

            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        }

        await using var scopeA = factory.TenantScope(a);
        Assert.Equal("管理者", (await Db(scopeA).Accounts.SingleAsync()).DisplayName);
    }

    [Fact]
    public async Task Save_DeletingOtherTenantsRow_IsRefused()
    {
        var (a, b) = await TwoTenantsAsync("iso-delete");
        await using (var scopeB = factory.TenantScope(b))
        {
            var db = Db(scopeB);
            var rowOfA = await db.Accounts.IgnoreQueryFilters([AppDbContext.TenantFilter]).SingleAsync(x => x.TenantId == a);
            db.Accounts.Remove(rowOfA);

            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        }

        await using var scopeA = factory.TenantScope(a);
        Assert.Equal(1, await Db(scopeA).Accounts.CountAsync());
    }

    [Fact]
    public async Task Save_AddingRowForOtherTenant_IsRefused()
    {
        var (a, b) = await TwoTenantsAsync("iso-add");
        await using var scopeB = factory.TenantScope(b);
        var db = Db(scopeB);
        db.AccessLogs.Add(AccessLog.Record(a, DateTime.UtcNow, null, null, null, "GET", "/x", 200, 1, null));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_AddingTenantRowWithoutTenant_IsRefused()
    {
        var (a, _) = await TwoTenantsAsync("iso-anon");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = Db(scope);
        db.AccessLogs.Add(AccessLog.Record(a, DateTime.UtcNow, null, null, null, "GET", "/x", 200, 1, null));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Enter_SecondTenantInSameScope_Throws()
    {
        var (a, b) = await TwoTenantsAsync("iso-switch");
        await using var scope = factory.TenantScope(a);
        var context = scope.ServiceProvider.GetRequiredService<Application.Abstractions.ITenantContext>();

        Assert.Throws<InvalidOperationException>(() => context.Enter(b, "other", "other"));
    }

    private static Domain.Employees.Employee Staff(
        TenantId tenant, string number, string name, string kana, DateOnly birth, DateOnly hired, DateOnly? left, string? department, string? departmentName, DateTime now) =>
        Domain.Employees.Employee.Register(tenant, Domain.Employees.EmployeeNumber.Create(number), Domain.Employees.EmployeeProfile.Create(
            name, kana, birth, Domain.Employees.Gender.NotStated, null, null, hired, left, department, departmentName, null), now);

    private async Task<(TenantId A, TenantId B)> TwoTenantsAsync(string prefix)
    {
        var a = await factory.CreateTenantAsync(prefix + "-a");
        var b = await factory.CreateTenantAsync(prefix + "-b");
        return (new TenantId(a.TenantId), new TenantId(b.TenantId));
    }

    private static AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class CrossTenantIsolationTests(YeaWebApplicationFactory factory) : CrossTenantIsolationTests<YeaWebApplicationFactory>(factory);

/// <summary>The same tests on PostgreSQL (ADR 0045).</summary>
public sealed class CrossTenantIsolationTestsOnPostgreSql(PostgreSqlWebApplicationFactory factory) : CrossTenantIsolationTests<PostgreSqlWebApplicationFactory>(factory);
