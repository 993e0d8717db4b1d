using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.GetMyDeclaration;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;
using YearEndAdjustment.Application.Declarations.WithdrawMyDeclaration;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>The employee's own declaration through the real pipeline and SQLite: history, concurrency, checks, tenancy.</summary>
public sealed class MyDeclarationTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    private const int Year = 2025;

    [Fact]
    public async Task Save_StoresFormsAndChangeRowsInOneGo_WithMyNumbersProtectedAndMasked()
    {
        var me = await EmployeeWithAccountAsync("decl-save");
        var digits = MyNumbers.Valid(12_345_678);
        var child = Person(new DateOnly(2004, 6, 1), 100_000) with { MyNumber = digits };

        var first = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(child)));

        Assert.Equal((1, nameof(DeclarationStatus.Draft)), (first.Version, first.Status));
        var rows = await ChangesAsync(me);
        Assert.Equal(first.ChangedFields, rows.Count);
        Assert.Contains(rows, r => r.Path == $"dependants.relatives[{child.EntryId}].income" && r.NewValue == "100000" && r.ActorAccountId == new AccountId(me.AccountId));
        Assert.Contains(rows, r => r.Path == $"dependants.relatives[{child.EntryId}].myNumber" && r.NewValue == DeclaredMyNumber.MaskedProvided);
        Assert.DoesNotContain(rows, r => (r.NewValue ?? "").Contains(digits, StringComparison.Ordinal));
        var stored = await DeclarationAsync(me);
        var number = Assert.Single(stored.Dependants.Relatives).MyNumber!;
        Assert.Equal(DeclaredMyNumberState.Provided, number.State);
        Assert.DoesNotContain(digits, Encoding.ASCII.GetString(number.Value!.Ciphertext), StringComparison.Ordinal);

        // Saved again with the number left blank: kept; the income change is one more row with both values.
        var second = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 1, Forms(child with { MyNumber = null, EstimatedIncome = 700_000 })));

        Assert.Equal((2, 1), (second.Version, second.ChangedFields));
        var change = Assert.Single(await ChangesAsync(me), r => r.OldValue == "100000");
        Assert.Equal(("700000", $"dependants.relatives[{child.EntryId}].income"), (change.NewValue, change.Path));
        Assert.Equal(number.Value.Lookup, Assert.Single((await DeclarationAsync(me)).Dependants.Relatives).MyNumber!.Value!.Lookup);
        Assert.Contains(second.Checks, c => c.Code == DeclarationCheckCodes.SpecificRelativeSuggested);

        var read = await me.SendAsync<DeclarationDto>(new GetMyDeclarationQuery(Year));
        Assert.Equal(DeclaredMyNumber.MaskedProvided, Assert.Single(read.Forms.Dependants.Relatives).MaskedMyNumber);
        Assert.Null(read.Forms.Dependants.Relatives[0].MyNumber);
    }

    [Fact]
    public async Task Save_WithStaleVersion_IsAConflictAndWritesNothing()
    {
        var me = await EmployeeWithAccountAsync("decl-stale");
        var child = Person(new DateOnly(2004, 6, 1), 100_000);
        await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(child)));
        var rowsBefore = (await ChangesAsync(me)).Count;

        var error = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(child with { EstimatedIncome = 1 }))));

        Assert.Equal(Declaration.StaleVersionCode, error.Code);
        Assert.Equal(100_000, Assert.Single((await DeclarationAsync(me)).Dependants.Relatives).EstimatedIncome);
        Assert.Equal(rowsBefore, (await ChangesAsync(me)).Count);
    }

    [Fact]
    public async Task Submit_WithABlockingCheck_IsRefusedWithTheChecksCode()
    {
        var me = await EmployeeWithAccountAsync("decl-block");
        var wrongCheckDigit = MyNumbers.Valid(87_654_321)[..11] + ((MyNumbers.Valid(87_654_321)[11] - '0' + 1) % 10);
        var saved = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(Person(new DateOnly(2004, 6, 1), 0) with { MyNumber = wrongCheckDigit })));
        Assert.Contains(saved.Checks, c => c.Code == DeclarationCheckCodes.MyNumberInvalid && c.IsBlocking);

        var error = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            me.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, saved.Version)));

        Assert.Equal(DeclarationCheckCodes.MyNumberInvalid, error.Code);
        Assert.Equal(DeclarationStatus.Draft, (await DeclarationAsync(me)).Status);
    }

    [Fact]
    public async Task Submit_ThenWithdraw_GoesBackToDraft()
    {
        var me = await EmployeeWithAccountAsync("decl-withdraw");
        var saved = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(Person(new DateOnly(2004, 6, 1), 0))));

        var submitted = await me.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, saved.Version));
        Assert.Equal(nameof(DeclarationStatus.Submitted), submitted.Status);
        Assert.True((await me.SendAsync<DeclarationDto>(new GetMyDeclarationQuery(Year))).CanWithdraw);

        var withdrawn = await me.SendAsync<WithdrawMyDeclarationResult>(new WithdrawMyDeclarationCommand(Year, submitted.Version));

        Assert.Equal((nameof(DeclarationStatus.Draft), submitted.Version + 1), (withdrawn.Status, withdrawn.Version));
        var read = await me.SendAsync<DeclarationDto>(new GetMyDeclarationQuery(Year));
        Assert.Equal((nameof(DeclarationStatus.Draft), true, (DateTime?)null), (read.Status, read.IsEditable, read.SubmittedAtUtc));
    }

    [Fact]
    public async Task AnotherEmployeesOrTenantsDeclaration_IsUnreachable()
    {
        var owner = await EmployeeWithAccountAsync("decl-owner");
        await owner.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, Forms(Person(new DateOnly(2004, 6, 1), 0))));
        var colleague = await EmployeeWithAccountAsync("decl-owner", "E002", "colleague");
        var outsider = await EmployeeWithAccountAsync("decl-other");

        // A colleague in the same tenant sees only their own (not yet started) declaration and cannot submit the owner's.
        var colleagues = await colleague.SendAsync<DeclarationDto>(new GetMyDeclarationQuery(Year));
        Assert.Equal((null, nameof(DeclarationStatus.NotStarted)), (colleagues.Id, colleagues.Status));
        Assert.Empty(colleagues.Forms.Dependants.Relatives);
        await Assert.ThrowsAsync<NotFoundException>(() => colleague.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, 1)));

        // The owner's account used inside another tenant finds no account there, hence no employee.
        await Assert.ThrowsAsync<NotFoundException>(() =>
            factory.SendAsAccountAsync<DeclarationDto>(new GetMyDeclarationQuery(Year), outsider.Tenant, owner.AccountId));

        // An account with no linked employee has no declaration.
        var unlinked = await AccountAsync(owner.Tenant, "nolink", null);
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsAccountAsync<DeclarationDto>(new GetMyDeclarationQuery(Year), owner.Tenant, unlinked));

        Assert.Equal(DeclarationStatus.Draft, (await DeclarationAsync(owner)).Status);
    }

    private static PersonDto Person(DateOnly birthDate, long income) => new(
        Guid.NewGuid(), null, "山田 一郎", "ヤマダ イチロウ", DeclaredRelationship.Child, birthDate, null, income, DisabilityLevel.None,
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

    private readonly Dictionary<string, TenantId> _tenants = [];

    private async Task<Me> EmployeeWithAccountAsync(string slug, string number = "E001", string login = "yamada")
    {
        if (!_tenants.TryGetValue(slug, out var tenant))
        {
            tenant = new TenantId((await factory.CreateTenantAsync(slug)).TenantId);
            _tenants[slug] = tenant;
        }

        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create(number), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), now);
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Employees.Add(employee);
            await db.SaveChangesAsync();
        }

        return new Me(factory, tenant, employee.Id, await AccountAsync(tenant, login, employee.Id));
    }

    private async Task<Guid> AccountAsync(TenantId tenant, string login, EmployeeId? employee)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var account = Account.Register(tenant, LoginId.Create(login), login, null, AccountRole.General, Permission.None, [], DateTime.UtcNow);
        if (employee is { } id)
        {
            account.LinkEmployee(id);
        }

        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id.Value;
    }

    private async Task<Declaration> DeclarationAsync(Me me)
    {
        await using var scope = factory.TenantScope(me.Tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.EmployeeId == me.Employee);
    }

    private async Task<List<DeclarationChange>> ChangesAsync(Me me)
    {
        await using var scope = factory.TenantScope(me.Tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var declaration = await DeclarationAsync(me);
        return await db.DeclarationChanges.Where(c => c.DeclarationId == declaration.Id).ToListAsync();
    }
}
