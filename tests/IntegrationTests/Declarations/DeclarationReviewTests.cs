using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.ApproveDeclaration;
using YearEndAdjustment.Application.Declarations.GetDeclarationForReview;
using YearEndAdjustment.Application.Declarations.ListDeclarations;
using YearEndAdjustment.Application.Declarations.ReopenDeclaration;
using YearEndAdjustment.Application.Declarations.ReturnDeclaration;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;
using YearEndAdjustment.Application.Declarations.WithdrawMyDeclaration;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>The admin's review through the real pipeline and SQLite: opening, return, approve (with the family master), reopen, refusals.</summary>
public sealed class DeclarationReviewTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    private const int Year = 2025;
    private const string Kana = "アイウエオカキクケコ";

    [Fact]
    public async Task Opening_ASubmittedDeclaration_StartsTheReview_AndEveryViewIsAuditedByIdOnly()
    {
        var s = await SubmittedAsync("rv-open");

        var first = await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);
        await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);

        Assert.NotNull(first.ReviewStartedAtUtc);
        Assert.Equal(s.Version + 1, first.Version);
        Assert.Contains(first.Fields, f => f.Path == $"dependants.relatives[{s.ChildEntry}].income" && f.Value == "200000");
        var views = await AuditAsync(s.Tenant, AuditAction.DeclarationViewedForReview);
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal($"declaration={s.DeclarationId}", v.Detail));
        var error = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            s.Employee.SendAsync<WithdrawMyDeclarationResult>(new WithdrawMyDeclarationCommand(Year, first.Version)));
        Assert.Equal(Declaration.ReviewStartedCode, error.Code);
    }

    [Fact]
    public async Task Return_WithPerItemComments_ReturnsIt_AndWithoutAComment_IsRefused()
    {
        var s = await SubmittedAsync("rv-return");
        var page = await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);

        await Assert.ThrowsAsync<ValidationException>(() =>
            factory.SendAsync<ReviewActionResult>(new ReturnDeclarationCommand(Year, s.DeclarationId, page.Version, []), s.Tenant));
        await Assert.ThrowsAsync<ValidationException>(() =>
            factory.SendAsync<ReviewActionResult>(new ReturnDeclarationCommand(Year, s.DeclarationId, page.Version, [new ReviewComment("", "  ")]), s.Tenant));
        var unknown = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsync<ReviewActionResult>(
            new ReturnDeclarationCommand(Year, s.DeclarationId, page.Version, [new ReviewComment("insurance.life[" + Guid.NewGuid() + "]", "?")]), s.Tenant));
        Assert.Equal("declaration.comment_path_unknown", unknown.Code);
        Assert.Equal(DeclarationStatus.Submitted, (await DeclarationAsync(s)).Status);

        var line = $"dependants.relatives[{s.ChildEntry}]";
        var result = await factory.SendAsync<ReviewActionResult>(new ReturnDeclarationCommand(Year, s.DeclarationId, page.Version,
            [new ReviewComment(line, "所得の見積額を確認してください"), new ReviewComment("", "全体のコメント")]), s.Tenant);

        Assert.Equal(nameof(DeclarationStatus.Returned), result.Status);
        var stored = await DeclarationAsync(s);
        Assert.Equal([line, ""], stored.ReturnComments.Select(c => c.FieldPath));
        Assert.Single(await AuditAsync(s.Tenant, AuditAction.DeclarationReturned));

        // The employee resubmits unchanged (the comment may have been a question), and it can then be approved.
        var resubmitted = await s.Employee.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, stored.Version));
        Assert.Equal(nameof(DeclarationStatus.Submitted), resubmitted.Status);
    }

    [Fact]
    public async Task Approve_AppliesTheFamilyToTheMaster_InOneTransaction_WithHistoryRows()
    {
        var s = await SubmittedAsync("rv-approve");
        var page = await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);
        Assert.True(page.CanApprove);

        var result = await factory.SendAsync<ReviewActionResult>(new ApproveDeclarationCommand(Year, s.DeclarationId, page.Version), s.Tenant);

        Assert.Equal((nameof(DeclarationStatus.Approved), 2), (result.Status, result.FamilyChanges));
        var employee = await EmployeeAsync(s);
        var child = employee.FamilyMembers.Single(m => m.Id == s.ChildMember);
        Assert.Equal((200_000L, true, (DateOnly?)null), (child.EstimatedIncome.Value, child.Cohabiting, child.EndedOn));
        // The parent is not in the declaration: kept as the master had it (ending is the admin's explicit act).
        var parent = employee.FamilyMembers.Single(m => m.Id == s.ParentMember);
        Assert.Null(parent.EndedOn);
        var added = employee.FamilyMembers.Single(m => m.Name == "山田 次郎");
        Assert.NotNull(added.MyNumberLookup);
        Assert.Equal(3, employee.FamilyMembers.Count);

        var source = $"declaration={s.DeclarationId}";
        Assert.Contains(await AuditAsync(s.Tenant, AuditAction.FamilyMemberUpdated), a => a.SubjectFamilyMemberId == s.ChildMember.Value && a.Detail == source + " fields=EstimatedIncome");
        Assert.Contains(await AuditAsync(s.Tenant, AuditAction.FamilyMemberAdded), a => a.SubjectFamilyMemberId == added.Id.Value);
        Assert.Empty(await AuditAsync(s.Tenant, AuditAction.FamilyMemberEnded));
        Assert.Single(await AuditAsync(s.Tenant, AuditAction.DeclarationApproved));
        Assert.DoesNotContain(await AuditAsync(s.Tenant, null), a => (a.Detail ?? "").Contains("山田", StringComparison.Ordinal));

        // Reopen needs a reason; with one it goes back to the employee, the master stays as approved.
        var approved = await DeclarationAsync(s);
        await Assert.ThrowsAsync<ValidationException>(() =>
            factory.SendAsync<ReviewActionResult>(new ReopenDeclarationCommand(Year, s.DeclarationId, approved.Version, " "), s.Tenant));
        var reopened = await factory.SendAsync<ReviewActionResult>(new ReopenDeclarationCommand(Year, s.DeclarationId, approved.Version, "扶養の人数を再確認"), s.Tenant);
        Assert.Equal(nameof(DeclarationStatus.Returned), reopened.Status);
        Assert.Equal("扶養の人数を再確認", (await DeclarationAsync(s)).ReopenReason);
        Assert.Single(await AuditAsync(s.Tenant, AuditAction.DeclarationReopened));
    }

    [Fact]
    public async Task Approve_WithABlockingCheck_IsRefused_AndNothingReachesTheMaster()
    {
        var s = await SubmittedAsync("rv-blocking");
        await using (var scope = factory.TenantScope(s.Tenant))
        {
            // A blocking finding can only arise after submission by a change of rules or data; forced here in storage.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == new DeclarationId(s.DeclarationId));
            var bad = declaration.Dependants with
            {
                Relatives = [.. declaration.Dependants.Relatives.Select(r => r with { MyNumber = DeclaredMyNumber.Invalid() })],
            };
            await db.Declarations.Where(d => d.Id == declaration.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Dependants, bad));
        }

        var page = await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);
        Assert.False(page.CanApprove);

        var error = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsync<ReviewActionResult>(new ApproveDeclarationCommand(Year, s.DeclarationId, page.Version), s.Tenant));

        Assert.Equal(DeclarationCheckCodes.MyNumberInvalid, error.Code);
        await AssertUnchangedAsync(s, DeclarationStatus.Submitted);
    }

    [Fact]
    public async Task Approve_AfterAWithdrawalOrAnotherChange_IsRefusedAsChanged_WithNothingChanged()
    {
        var s = await SubmittedAsync("rv-stale");

        // The page was loaded at the submitted version; the employee withdrew before anyone opened it.
        var withdrawn = await s.Employee.SendAsync<WithdrawMyDeclarationResult>(new WithdrawMyDeclarationCommand(Year, s.Version));
        var error = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsync<ReviewActionResult>(new ApproveDeclarationCommand(Year, s.DeclarationId, s.Version), s.Tenant));
        Assert.Equal(ReviewedDeclarations.ChangedSinceLoadedCode, error.Code);
        await AssertUnchangedAsync(s, DeclarationStatus.Draft);

        // Submitted again and opened; a second reviewer returns it first: the first reviewer's approval is stale.
        var again = await s.Employee.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, withdrawn.Version));
        var page = await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);
        Assert.True(page.Version > again.Version);
        await factory.SendAsync<ReviewActionResult>(new ReturnDeclarationCommand(Year, s.DeclarationId, page.Version, [new ReviewComment("", "確認")]), s.Tenant);
        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsync<ReviewActionResult>(new ApproveDeclarationCommand(Year, s.DeclarationId, page.Version), s.Tenant));
        Assert.Equal(ReviewedDeclarations.ChangedSinceLoadedCode, stale.Code);
        await AssertUnchangedAsync(s, DeclarationStatus.Returned);
    }

    [Fact]
    public async Task Actions_OutsidePermissionScopeOrTenant_AreRefused_WithNothingChanged()
    {
        var s = await SubmittedAsync("rv-refuse");
        var other = new TenantId((await factory.CreateTenantAsync("rv-refuse-other")).TenantId);
        var page = await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);
        var approve = new ApproveDeclarationCommand(Year, s.DeclarationId, page.Version);

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<ReviewActionResult>(approve, s.Tenant, Permission.ReviewDeclarations));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<DeclarationReviewDto>(
            new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant, Permission.ManageEmployees));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<ReviewActionResult>(
            approve, s.Tenant, Permission.ReviewDeclarations | Permission.ApproveDeclarations, departments: "SALES"));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<DeclarationReviewDto>(
            new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant, Permission.ReviewDeclarations, departments: "SALES"));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<ReviewActionResult>(
            new ReturnDeclarationCommand(Year, s.DeclarationId, page.Version, [new ReviewComment("", "x")]), other));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<ReviewActionResult>(
            new ApproveDeclarationCommand(Year + 1, s.DeclarationId, page.Version), s.Tenant));

        await AssertUnchangedAsync(s, DeclarationStatus.Submitted);

        // Inside their department a limited admin with both permissions may approve.
        var done = await factory.SendAsync<ReviewActionResult>(approve, s.Tenant, Permission.ReviewDeclarations | Permission.ApproveDeclarations, departments: "HR");
        Assert.Equal(nameof(DeclarationStatus.Approved), done.Status);
    }

    [Fact]
    public async Task List_FiltersSearchesSortsPagesAndKeepsToTheScope()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("rv-list")).TenantId);
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = DateTime.UtcNow;
            for (var i = 1; i <= 60; i++)
            {
                var (name, kana) = i == 7 ? ("佐藤 誠", "サトウ マコト") : ($"田中 {i}", "タナカ " + Kana[i % 10] + Kana[i / 10]);
                var employee = Employee.Register(tenant, EmployeeNumber.Create($"E{i:000}"), EmployeeProfile.Create(
                    name, kana, new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, i % 2 == 0 ? "HR" : "SALES", null, null), now);
                db.Employees.Add(employee);
                db.Declarations.Add(Declaration.Create(tenant, employee.Id, new TaxYear(Year), null, now));
            }

            await db.SaveChangesAsync();
        }

        var all = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year), tenant);
        Assert.Equal((60, false, 2, 50), (all.Total, all.MoreThanTotal, all.PageCount, all.Items.Count));
        Assert.Equal("E001", all.Items[0].EmployeeNumber);
        var second = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Page: 2), tenant);
        Assert.Equal(10, second.Items.Count);
        Assert.Empty(all.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));

        var descending = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Sort: DeclarationSort.EmployeeNumber, Descending: true), tenant);
        Assert.Equal("E060", descending.Items[0].EmployeeNumber);

        var byKana = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Search: "さとう"), tenant);
        Assert.Equal("E007", Assert.Single(byKana.Items).EmployeeNumber);
        var byNumber = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Search: "E012"), tenant);
        Assert.Equal("E012", Assert.Single(byNumber.Items).EmployeeNumber);

        var hr = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year), tenant, Permission.ReviewDeclarations, departments: "HR");
        Assert.Equal(30, hr.Total);
        Assert.All(hr.Items, i => Assert.Equal("HR", i.DepartmentCode));
        Assert.Equal(["HR"], hr.Departments);
        var scopedSearch = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Search: "サトウ"), tenant, Permission.ReviewDeclarations, departments: "HR");
        Assert.Empty(scopedSearch.Items);

        var submitted = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Status: nameof(DeclarationStatus.Submitted)), tenant);
        Assert.Equal(0, submitted.Total);
        var warnings = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, HasWarnings: true), tenant);
        Assert.Equal(0, warnings.Total);
        var attachments = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, HasAttachments: true, Department: "HR"), tenant);
        Assert.Equal(0, attachments.Total);

        await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Status: "Bogus"), tenant));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year), tenant, Permission.ManageEmployees));
    }

    [Fact]
    public async Task List_FiltersByStatusWarningsAndAttachments_OnRealDeclarations()
    {
        var s = await SubmittedAsync("rv-list-real");

        var submitted = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Status: nameof(DeclarationStatus.Submitted)), s.Tenant);
        var item = Assert.Single(submitted.Items);
        Assert.Equal((s.DeclarationId, "E001"), (item.Id, item.EmployeeNumber));
        var warnings = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, HasWarnings: true), s.Tenant);
        Assert.Equal(item.WarningCount > 0 ? 1 : 0, warnings.Total);
        var approved = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Status: nameof(DeclarationStatus.Approved)), s.Tenant);
        Assert.Equal(0, approved.Total);

        // The counts are kept per node under the year's stamp (ADR 0053): a status change moves it, so the very next
        // page counts again, whichever node made the change.
        var review = await factory.SendAsync<DeclarationReviewDto>(new GetDeclarationForReviewQuery(Year, s.DeclarationId), s.Tenant);
        await factory.SendAsync<ReviewActionResult>(new ApproveDeclarationCommand(Year, s.DeclarationId, review.Version), s.Tenant);
        var submittedAfter = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Status: nameof(DeclarationStatus.Submitted)), s.Tenant);
        var approvedAfter = await factory.SendAsync<DeclarationListPage>(new ListDeclarationsQuery(Year, Status: nameof(DeclarationStatus.Approved)), s.Tenant);
        Assert.Equal((0, 1), (submittedAfter.Total, approvedAfter.Total));
    }

    private async Task AssertUnchangedAsync(Submitted s, DeclarationStatus status)
    {
        Assert.Equal(status, (await DeclarationAsync(s)).Status);
        var employee = await EmployeeAsync(s);
        Assert.Equal(2, employee.FamilyMembers.Count);
        Assert.All(employee.FamilyMembers, m => Assert.Null(m.EndedOn));
        Assert.Equal(100_000, employee.FamilyMembers.Single(m => m.Id == s.ChildMember).EstimatedIncome.Value);
        Assert.Empty(await AuditAsync(s.Tenant, AuditAction.DeclarationApproved));
        Assert.Empty(await AuditAsync(s.Tenant, AuditAction.FamilyMemberAdded));
    }

    private sealed record Me(YeaWebApplicationFactory Factory, TenantId Tenant, Guid AccountId)
    {
        public Task<T> SendAsync<T>(Mediator.IMessage message) => Factory.SendAsAccountAsync<T>(message, Tenant, AccountId);
    }

    private sealed record Submitted(
        TenantId Tenant, Me Employee, EmployeeId EmployeeId, Guid DeclarationId, int Version, FamilyMemberId ChildMember, FamilyMemberId ParentMember, Guid ChildEntry);

    /// <summary>
    /// An employee of department HR with two family members in the master (a child and a parent) who submits a
    /// declaration listing the child (income changed, linked by master id) and a new child with a My Number, but not
    /// the parent.
    /// </summary>
    private async Task<Submitted> SubmittedAsync(string slug)
    {
        var tenant = new TenantId((await factory.CreateTenantAsync(slug)).TenantId);
        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create("E001"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, "HR", "人事部", null), now);
        var child = employee.AddFamilyMember(FamilyMemberDetails.Create(
            "山田 花子", "ヤマダ ハナコ", FamilyRelationship.Child, new DateOnly(2004, 6, 1), true, DisabilityKind.None, false, new Yen(100_000)), now);
        var parent = employee.AddFamilyMember(FamilyMemberDetails.Create(
            "山田 一", "ヤマダ ハジメ", FamilyRelationship.Parent, new DateOnly(1950, 3, 1), false, DisabilityKind.None, false, new Yen(0)), now);
        var account = Account.Register(tenant, LoginId.Create("yamada"), "山田", null, AccountRole.General, Permission.None, [], now);
        account.LinkEmployee(employee.Id);
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Employees.Add(employee);
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
        }

        var me = new Me(factory, tenant, account.Id.Value);
        var childRow = Person("山田 花子", "ヤマダ ハナコ", new DateOnly(2004, 6, 1), 200_000) with { MasterId = child.Id.Value };
        var newRow = Person("山田 次郎", "ヤマダ ジロウ", new DateOnly(2006, 9, 1), 0) with { MyNumber = MyNumbers.Valid(23_456_789) };
        var forms = new DeclarationFormsDto(
            new DependantsFormDto(OwnStatus.Empty, null, [childRow, newRow], [], [], []),
            new BasicDeductionFormDto(0, 0, null, [], null),
            InsuranceForm.Empty,
            null);
        var saved = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, forms));
        var submitted = await me.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, saved.Version));
        return new Submitted(tenant, me, employee.Id, submitted.DeclarationId, submitted.Version, child.Id, parent.Id, childRow.EntryId);
    }

    private static PersonDto Person(string name, string kana, DateOnly birthDate, long income) => new(
        Guid.NewGuid(), null, name, kana, DeclaredRelationship.Child, birthDate, null, income, DisabilityLevel.None,
        true, false, null, 0, false, null, null);

    private async Task<Declaration> DeclarationAsync(Submitted s)
    {
        await using var scope = factory.TenantScope(s.Tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.Id == new DeclarationId(s.DeclarationId));
    }

    private async Task<Employee> EmployeeAsync(Submitted s)
    {
        await using var scope = factory.TenantScope(s.Tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().SingleAsync(e => e.Id == s.EmployeeId);
    }

    private async Task<List<AuditEntry>> AuditAsync(TenantId tenant, AuditAction? action)
    {
        await using var scope = factory.TenantScope(tenant);
        var entries = scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking();
        return await (action is { } a ? entries.Where(e => e.Action == a) : entries).ToListAsync();
    }
}
