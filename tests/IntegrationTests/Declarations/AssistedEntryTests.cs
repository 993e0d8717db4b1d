using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.AddMyAttachment;
using YearEndAdjustment.Application.Declarations.ConfirmAssistedEdits;
using YearEndAdjustment.Application.Declarations.GetDeclarationEstimateForAssist;
using YearEndAdjustment.Application.Declarations.GetDeclarationForAssist;
using YearEndAdjustment.Application.Declarations.GetMyAssistedEdits;
using YearEndAdjustment.Application.Declarations.GetMyDeclaration;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;
using YearEndAdjustment.Application.Declarations.GetMyTasks;
using YearEndAdjustment.Application.Declarations.SaveDeclarationOnBehalf;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Application.Declarations.SubmitDeclarationOnBehalf;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;
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

/// <summary>
/// Assisted entry (issue 12 item 3, ADR 0041) and returned declarations through the real pipeline and SQLite: the
/// admin's rights, department scope and tenant; assisted history rows; the employee's confirmation; resubmitting.
/// </summary>
public sealed class AssistedEntryTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    private const int Year = 2025;
    private static readonly AccountId Admin = new(YeaWebApplicationFactory.TestAccountId);

    [Fact]
    public async Task AdminEditsOnBehalf_EmployeeSeesAndConfirms_AllRecorded()
    {
        var me = await EmployeeWithAccountAsync("assist-flow", "D1", withAdmin: true);
        var child = Person(50_000);
        var own = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(child)));

        var opened = await factory.SendAsync<AssistedDeclarationDto>(new GetDeclarationForAssistQuery(Year, own.DeclarationId), me.Tenant);
        Assert.Equal(("山田 太郎", own.Version), (opened.EmployeeName, opened.Declaration.Version));

        var digits = MyNumbers.Valid(23_456_789);
        var saved = await factory.SendAsync<SaveMyDeclarationResult>(
            new SaveDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version, Forms(child with { EstimatedIncome = 480_000, MyNumber = digits })), me.Tenant);

        Assert.Equal((own.Version + 1, 2), (saved.Version, saved.ChangedFields));
        var assisted = (await ChangesAsync(me)).Where(c => c.IsAssisted).ToList();
        Assert.Equal(2, assisted.Count);
        Assert.All(assisted, c => Assert.Equal((Admin, (DateTime?)null), (c.ActorAccountId!.Value, c.ConfirmedAtUtc)));
        Assert.True((await DeclarationAsync(me)).HasAssistedEditsPending);
        Assert.Contains(await AuditAsync(me, AuditAction.DeclarationViewedForAssist), a => a.ActorAccountId == Admin && a.SubjectEmployeeId == me.Employee);
        Assert.Single(await AuditAsync(me, AuditAction.DeclarationEditedOnBehalf));

        // The employee's home shows the task; the list gives field, old → new, who and when, the My Number masked.
        var task = Assert.Single((await me.SendAsync<MyTasksDto>(new GetMyTasksQuery())).Declarations);
        Assert.True(task.AssistedEditsPending);
        var edits = await me.SendAsync<MyAssistedEditsDto>(new GetMyAssistedEditsQuery(Year));
        Assert.Equal(saved.Version, edits.Version);
        var income = Assert.Single(edits.Edits, e => e.FieldPath == $"dependants.relatives[{child.EntryId}].income");
        Assert.Equal(("50000", "480000"), (income.OldValue, income.NewValue));
        Assert.Equal("人事 花子", income.EditedBy);
        Assert.DoesNotContain(edits.Edits, e => (e.NewValue ?? "").Contains(digits, StringComparison.Ordinal));
        Assert.Contains(edits.Edits, e => e.NewValue == DeclaredMyNumber.MaskedProvided);

        var confirmed = await me.SendAsync<int>(new ConfirmAssistedEditsCommand(Year, edits.Version));

        Assert.Equal(2, confirmed);
        Assert.All((await ChangesAsync(me)).Where(c => c.IsAssisted), c => Assert.NotNull(c.ConfirmedAtUtc));
        Assert.All((await ChangesAsync(me)).Where(c => !c.IsAssisted), c => Assert.Null(c.ConfirmedAtUtc));
        var after = await DeclarationAsync(me);
        Assert.Equal((false, saved.Version), (after.HasAssistedEditsPending, after.Version));
        Assert.Contains(await AuditAsync(me, AuditAction.AssistedEditsConfirmed), a => a.ActorAccountId == new AccountId(me.AccountId) && a.Detail!.Contains("fields=2", StringComparison.Ordinal));
        Assert.False(Assert.Single((await me.SendAsync<MyTasksDto>(new GetMyTasksQuery())).Declarations).AssistedEditsPending);
        Assert.Empty((await me.SendAsync<MyAssistedEditsDto>(new GetMyAssistedEditsQuery(Year))).Edits);

        // Nothing left to confirm: refused with its own code.
        var nothing = await Assert.ThrowsAsync<DomainRuleViolationException>(() => me.SendAsync<int>(new ConfirmAssistedEditsCommand(Year, after.Version)));
        Assert.Equal(Declaration.NothingToConfirmCode, nothing.Code);
    }

    [Fact]
    public async Task AdminSubmitsOnBehalf_WithTheSameChecks_AndAudited()
    {
        var me = await EmployeeWithAccountAsync("assist-submit", "D1");
        var own = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(Person(0))));

        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsync<SubmitMyDeclarationResult>(new SubmitDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version - 1), me.Tenant));
        Assert.Equal(Declaration.StaleVersionCode, stale.Code);

        var submitted = await factory.SendAsync<SubmitMyDeclarationResult>(new SubmitDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version), me.Tenant);

        Assert.Equal(nameof(DeclarationStatus.Submitted), submitted.Status);
        Assert.Single(await AuditAsync(me, AuditAction.DeclarationSubmittedOnBehalf));
        var estimate = await factory.SendAsync<DeclarationEstimateDto>(new GetDeclarationEstimateForAssistQuery(Year, own.DeclarationId), me.Tenant);
        Assert.Equal(Year, estimate.TaxYear);
    }

    [Fact]
    public async Task WithoutReviewPermission_OutsideTheDepartments_OrInAnotherTenant_NothingIsReachable()
    {
        var me = await EmployeeWithAccountAsync("assist-guard", "D1");
        var own = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(Person(50_000))));
        var other = await EmployeeWithAccountAsync("assist-guard-other", "D1");
        var forms = Forms(Person(1));

        var noReview = Permission.All & ~Permission.ReviewDeclarations;
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<AssistedDeclarationDto>(new GetDeclarationForAssistQuery(Year, own.DeclarationId), me.Tenant, noReview));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<SaveMyDeclarationResult>(new SaveDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version, forms), me.Tenant, noReview));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<SubmitMyDeclarationResult>(new SubmitDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version), me.Tenant, noReview));

        // A limited admin of another department: as if it did not exist. Of the employee's department: allowed.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<AssistedDeclarationDto>(new GetDeclarationForAssistQuery(Year, own.DeclarationId), me.Tenant, Permission.ReviewDeclarations, "D2"));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<SaveMyDeclarationResult>(new SaveDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version, forms), me.Tenant, Permission.ReviewDeclarations, "D2"));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<SubmitMyDeclarationResult>(new SubmitDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version), me.Tenant, Permission.ReviewDeclarations, "D2"));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<DeclarationEstimateDto>(new GetDeclarationEstimateForAssistQuery(Year, own.DeclarationId), me.Tenant, Permission.ReviewDeclarations, "D2"));
        var inScope = await factory.SendAsync<AssistedDeclarationDto>(new GetDeclarationForAssistQuery(Year, own.DeclarationId), me.Tenant, Permission.ReviewDeclarations, "D1");
        Assert.Equal(own.DeclarationId, inScope.Declaration.Id);

        // Another tenant's admin with the id; and the right id with the wrong year.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<AssistedDeclarationDto>(new GetDeclarationForAssistQuery(Year, own.DeclarationId), other.Tenant));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<SaveMyDeclarationResult>(new SaveDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version, forms), other.Tenant));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<AssistedDeclarationDto>(new GetDeclarationForAssistQuery(Year + 1, own.DeclarationId), me.Tenant));

        var stored = await DeclarationAsync(me);
        Assert.Equal((own.Version, false, 50_000L), (stored.Version, stored.HasAssistedEditsPending, Assert.Single(stored.Dependants.Relatives).EstimatedIncome));
        Assert.DoesNotContain(await ChangesAsync(me), c => c.IsAssisted);
    }

    [Fact]
    public async Task StaleVersions_RefuseTheAssistedSave_AndAConfirmationOfEditsNotSeen()
    {
        var me = await EmployeeWithAccountAsync("assist-stale", "D1");
        var child = Person(50_000);
        var own = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(child)));

        var stale = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsync<SaveMyDeclarationResult>(new SaveDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version - 1, Forms(child with { EstimatedIncome = 1 })), me.Tenant));
        Assert.Equal(Declaration.StaleVersionCode, stale.Code);
        Assert.False((await DeclarationAsync(me)).HasAssistedEditsPending);

        var first = await factory.SendAsync<SaveMyDeclarationResult>(new SaveDeclarationOnBehalfCommand(Year, own.DeclarationId, own.Version, Forms(child with { EstimatedIncome = 2 })), me.Tenant);
        var shown = await me.SendAsync<MyAssistedEditsDto>(new GetMyAssistedEditsQuery(Year));
        await factory.SendAsync<SaveMyDeclarationResult>(new SaveDeclarationOnBehalfCommand(Year, own.DeclarationId, first.Version, Forms(child with { EstimatedIncome = 3 })), me.Tenant);

        var unseen = await Assert.ThrowsAsync<DomainRuleViolationException>(() => me.SendAsync<int>(new ConfirmAssistedEditsCommand(Year, shown.Version)));

        Assert.Equal(Declaration.StaleVersionCode, unseen.Code);
        Assert.All((await ChangesAsync(me)).Where(c => c.IsAssisted), c => Assert.Null(c.ConfirmedAtUtc));
        Assert.Empty(await AuditAsync(me, AuditAction.AssistedEditsConfirmed));
    }

    [Fact]
    public async Task ReturnedDeclaration_CarriesTheComments_AndCanBeResubmittedUnchanged()
    {
        var me = await EmployeeWithAccountAsync("assist-return", "D1");
        var child = Person(50_000);
        var own = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(child)));
        await me.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, own.Version));
        var path = $"dependants.relatives[{child.EntryId}].income";
        await using (var scope = factory.TenantScope(me.Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var declaration = await db.Declarations.SingleAsync(d => d.EmployeeId == me.Employee);
            declaration.Return([new ReviewComment(path, "源泉徴収票の金額と合っていますか？"), new ReviewComment("", "全体を確認してください")], DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var returned = await me.SendAsync<DeclarationDto>(new GetMyDeclarationQuery(Year));
        Assert.Equal(nameof(DeclarationStatus.Returned), returned.Status);
        Assert.Equal([path, ""], returned.ReturnComments.Select(c => c.FieldPath));

        // The comment was a question: nothing to change, submitted again as it is.
        var again = await me.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, returned.Version));

        Assert.Equal(nameof(DeclarationStatus.Submitted), again.Status);
        Assert.Equal(50_000, Assert.Single((await DeclarationAsync(me)).Dependants.Relatives).EstimatedIncome);
    }

    [Fact]
    public async Task CertificateUploadedForAnInsuranceLine_BecomesThatLinesEvidence_WithAHistoryRow()
    {
        var me = await EmployeeWithAccountAsync("line-attach", "D1");
        var line = new LifeInsuranceLine(Guid.NewGuid(), "ひまわり生命", "終身", LifeInsuranceCategory.General, InsuranceRegime.New, null, null, null, null, 90_000, CertificateEvidence.None);
        var own = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms() with { Insurance = InsuranceForm.Empty with { Life = [line] } }));

        await using var content = new MemoryStream(AttachmentSamples.Png);
        var added = await me.SendAsync<AttachmentDto>(new AddMyAttachmentCommand(Year, content, "certificate.png", AttachmentSamples.Png.Length, line.EntryId));

        var stored = await DeclarationAsync(me);
        Assert.Equal([added.Id], Assert.Single(stored.Insurance.Life).Certificate.AttachmentIds);
        Assert.Equal(own.Version + 1, stored.Version);
        Assert.Contains(await ChangesAsync(me), c => c.Path == $"{DeclarationFieldPaths.Life}[{line.EntryId}].certificate.attachments" && c.NewValue == added.Id.ToString());

        // A line id that is not in the declaration: refused, nothing stored.
        await using var again = new MemoryStream(AttachmentSamples.Png);
        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            me.SendAsync<AttachmentDto>(new AddMyAttachmentCommand(Year, again, "other.png", AttachmentSamples.Png.Length, Guid.NewGuid())));
        Assert.Equal(Declaration.LineNotFoundCode, refused.Code);
        await using var scope = factory.TenantScope(me.Tenant);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Attachments.CountAsync());
    }

    private static PersonDto Person(long income) => new(
        Guid.NewGuid(), null, "山田 一郎", "ヤマダ イチロウ", DeclaredRelationship.Child, new DateOnly(2004, 6, 1), null, income, DisabilityLevel.None,
        true, false, null, 0, false, null, null);

    private static DeclarationFormsDto Forms(params PersonDto[] relatives) => new(
        new DependantsFormDto(OwnStatus.Empty, null, relatives, [], [], []),
        new BasicDeductionFormDto(0, 0, null, [], null),
        InsuranceForm.Empty,
        null);

    private sealed record Me(YeaWebApplicationFactory Factory, TenantId Tenant, EmployeeId Employee, Guid AccountId)
    {
        public Task<T> SendAsync<T>(Mediator.IMessage message) => Factory.SendAsAccountAsync<T>(message, Tenant, AccountId);
    }

    private async Task<Me> EmployeeWithAccountAsync(string slug, string department, bool withAdmin = false)
    {
        var tenant = new TenantId((await factory.CreateTenantAsync(slug)).TenantId);
        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create("E001"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, department, null, null), now);
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Employees.Add(employee);
        var account = Account.Register(tenant, LoginId.Create("yamada"), "yamada", null, AccountRole.General, Permission.None, [], now);
        account.LinkEmployee(employee.Id);
        db.Accounts.Add(account);

        // The admin the factory's SendAsync signs in as, so the edits list can name who edited (account ids are global: one tenant only).
        if (withAdmin)
        {
            db.Accounts.Add(AdminAccount(tenant, now));
        }

        await db.SaveChangesAsync();
        return new Me(factory, tenant, employee.Id, account.Id.Value);
    }

    private static Account AdminAccount(TenantId tenant, DateTime now)
    {
        var admin = Account.Register(tenant, LoginId.Create("assist-admin"), "人事 花子", null, AccountRole.Admin, Permission.All, [], now);
        typeof(Account).GetProperty(nameof(Account.Id))!.SetValue(admin, Admin);
        return admin;
    }

    private async Task<Declaration> DeclarationAsync(Me me)
    {
        await using var scope = factory.TenantScope(me.Tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.EmployeeId == me.Employee);
    }

    private async Task<List<DeclarationChange>> ChangesAsync(Me me)
    {
        await using var scope = factory.TenantScope(me.Tenant);
        var declaration = await DeclarationAsync(me);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().DeclarationChanges.AsNoTracking().Where(c => c.DeclarationId == declaration.Id).ToListAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync(Me me, AuditAction action)
    {
        await using var scope = factory.TenantScope(me.Tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync();
    }
}
