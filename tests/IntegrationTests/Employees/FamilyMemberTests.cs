using System.Text;
using FluentValidation;
using Mediator;
using YearEndAdjustment.Application.Employees.AddFamilyMember;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.RemoveFamilyMember;
using YearEndAdjustment.Application.Employees.RevealMyNumber;
using YearEndAdjustment.Application.Employees.UpdateFamilyMember;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>Y-01 family members through the real pipeline and SQLite: changes, audit without values, stale forms, scope, tenancy.</summary>
public sealed class FamilyMemberTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    private static readonly AccountId TestAccount = new(YeaWebApplicationFactory.TestAccountId);

    [Fact]
    public async Task Add_WithMyNumber_StoresItEncrypted_AndAuditsWithoutValues()
    {
        var (tenant, employee) = await EmployeeAsync("fam-add");
        var digits = MyNumbers.Valid(31_415_926);

        var result = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1, myNumber: digits), tenant);

        var stored = await LoadAsync(tenant, employee);
        var member = Assert.Single(stored.FamilyMembers);
        Assert.Equal(result.FamilyMemberId, member.Id.Value);
        Assert.Equal(("山田 花子", "ヤマダ ハナコ", FamilyRelationship.Spouse), (member.Name, member.NameKana, member.Relationship));
        Assert.Equal((new DateOnly(1987, 5, 5), true, DisabilityKind.General, new Yen(480_000)), (member.BirthDate, member.Cohabiting, member.Disability, member.EstimatedIncome));
        Assert.NotNull(member.MyNumberCiphertext);
        Assert.DoesNotContain(digits, Encoding.ASCII.GetString(member.MyNumberCiphertext), StringComparison.Ordinal);
        Assert.True(stored.Version > 1);
        var audit = Assert.Single(await AuditsAsync(tenant, AuditAction.FamilyMemberAdded));
        Assert.Equal((stored.Id, member.Id.Value), (audit.SubjectEmployeeId!.Value, audit.SubjectFamilyMemberId!.Value));
        Assert.Equal(TestAccount, audit.ActorAccountId);
        Assert.Equal("myNumber=registered", audit.Detail);

        factory.AccessPolicy.Allow = true;
        try
        {
            var revealed = await factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employee.Value, member.Id.Value), tenant);
            Assert.Equal(digits, revealed.Digits);
        }
        finally
        {
            factory.AccessPolicy.Allow = false;
        }
    }

    [Fact]
    public async Task Update_BlankMyNumber_KeepsTheStoredNumber_AndAuditsChangedFieldNamesOnly()
    {
        var (tenant, employee) = await EmployeeAsync("fam-edit");
        var added = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1, myNumber: MyNumbers.Valid(27_182_818)), tenant);
        var before = await LoadAsync(tenant, employee);
        var lookup = before.FamilyMembers[0].MyNumberLookup;

        var result = await factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, before.Version, cohabiting: false, income: 1_030_000, myNumber: "  "), tenant);

        var after = await LoadAsync(tenant, employee);
        var member = Assert.Single(after.FamilyMembers);
        Assert.Equal(["Cohabiting", "EstimatedIncome"], result.ChangedFields);
        Assert.Equal((false, new Yen(1_030_000)), (member.Cohabiting, member.EstimatedIncome));
        Assert.Equal(lookup, member.MyNumberLookup);
        var audit = Assert.Single(await AuditsAsync(tenant, AuditAction.FamilyMemberUpdated));
        Assert.Equal("fields=Cohabiting,EstimatedIncome", audit.Detail);
        Assert.Equal(added.FamilyMemberId, audit.SubjectFamilyMemberId);
    }

    [Fact]
    public async Task Update_NewNumberReplaces_RemoveFlagDeletes_BothAudited()
    {
        var (tenant, employee) = await EmployeeAsync("fam-number");
        var added = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1, myNumber: MyNumbers.Valid(11_111_111)), tenant);
        var first = (await LoadAsync(tenant, employee)).FamilyMembers[0].MyNumberLookup;
        var next = MyNumbers.Valid(22_222_222);
        var typed = FullWidth(next[..4]) + "－" + FullWidth(next[4..8]) + " " + next[8..];

        var replaced = await factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, (await LoadAsync(tenant, employee)).Version, myNumber: typed), tenant);
        var second = (await LoadAsync(tenant, employee)).FamilyMembers[0].MyNumberLookup;
        factory.AccessPolicy.Allow = true;
        string revealed;
        try
        {
            revealed = (await factory.SendAsync<RevealedMyNumber>(new RevealMyNumberCommand(employee.Value, added.FamilyMemberId), tenant)).Digits;
        }
        finally
        {
            factory.AccessPolicy.Allow = false;
        }

        var removed = await factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, (await LoadAsync(tenant, employee)).Version, removeMyNumber: true), tenant);

        var member = (await LoadAsync(tenant, employee)).FamilyMembers[0];
        Assert.Equal(["MyNumber"], replaced.ChangedFields);
        Assert.Equal(["MyNumber"], removed.ChangedFields);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal(next, revealed);
        Assert.Null(member.MyNumberCiphertext);
        Assert.Null(member.MyNumberLookup);
        Assert.All(await AuditsAsync(tenant, AuditAction.FamilyMemberUpdated), a => Assert.Equal("fields=MyNumber", a.Detail));
        Assert.Equal(2, (await AuditsAsync(tenant, AuditAction.FamilyMemberUpdated)).Count);
    }

    [Fact]
    public async Task Update_Unchanged_WritesNothing()
    {
        var (tenant, employee) = await EmployeeAsync("fam-same");
        var added = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1), tenant);
        var version = (await LoadAsync(tenant, employee)).Version;

        var result = await factory.SendAsync<UpdateFamilyMemberResult>(Update(employee, added.FamilyMemberId, version), tenant);

        Assert.Empty(result.ChangedFields);
        Assert.Equal(version, (await LoadAsync(tenant, employee)).Version);
        Assert.Empty(await AuditsAsync(tenant, AuditAction.FamilyMemberUpdated));
    }

    [Fact]
    public async Task Remove_DeletesTheMemberWithItsNumber_AndAudits()
    {
        var (tenant, employee) = await EmployeeAsync("fam-remove");
        var kept = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1, name: "山田 一郎"), tenant);
        var gone = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, (await LoadAsync(tenant, employee)).Version, myNumber: MyNumbers.Valid(33_333_333)), tenant);

        await factory.SendAsync<Unit>(new RemoveFamilyMemberCommand(employee.Value, gone.FamilyMemberId, (await LoadAsync(tenant, employee)).Version), tenant);

        Assert.Equal(kept.FamilyMemberId, Assert.Single((await LoadAsync(tenant, employee)).FamilyMembers).Id.Value);
        var audit = Assert.Single(await AuditsAsync(tenant, AuditAction.FamilyMemberRemoved));
        Assert.Equal((gone.FamilyMemberId, "myNumber=deleted"), (audit.SubjectFamilyMemberId!.Value, audit.Detail));
    }

    [Theory]
    [InlineData("kana", "NameKana", "全角カタカナ")]
    [InlineData("future", "BirthDate", "未来の日付")]
    [InlineData("check-digit", "MyNumber", "検査用数字")]
    [InlineData("short-number", "MyNumber", "12桁")]
    [InlineData("negative", "EstimatedIncome", "0円から99,999,999,999円")]
    [InlineData("too-large", "EstimatedIncome", "0円から99,999,999,999円")]
    [InlineData("no-name", "Name", "氏名を入力")]
    [InlineData("no-birth-date", "BirthDate", "生年月日を入力")]
    [InlineData("relationship", "Relationship", "続柄")]
    public async Task InvalidInput_GivesItsMessage_AndChangesNothing(string problem, string field, string message)
    {
        var (tenant, employee) = await EmployeeAsync("fam-bad-" + problem);
        var valid = MyNumbers.Valid(44_444_444);
        var badDigits = valid[..11] + (char)('0' + ((valid[11] - '0' + 1) % 10));
        var tomorrow = JapanTime.DateOf(DateTime.UtcNow).AddDays(1);
        var command = problem switch
        {
            "kana" => Add(employee, 1, kana: "Yamada Hanako"), // hiragana would be converted, as the import does
            "future" => Add(employee, 1, birthDate: tomorrow),
            "check-digit" => Add(employee, 1, myNumber: badDigits),
            "short-number" => Add(employee, 1, myNumber: "12345"),
            "negative" => Add(employee, 1, income: -1),
            "too-large" => Add(employee, 1, income: FamilyMemberDetails.MaxEstimatedIncome + 1),
            "no-name" => Add(employee, 1, name: " "),
            "no-birth-date" => Add(employee, 1) with { BirthDate = null },
            "relationship" => Add(employee, 1) with { Relationship = (FamilyRelationship)99 },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsync<AddFamilyMemberResult>(command, tenant));

        var failure = Assert.Single(error.Errors);
        Assert.Equal(field, failure.PropertyName);
        Assert.Contains(message, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(badDigits, failure.ErrorMessage + error.Message, StringComparison.Ordinal);
        var stored = await LoadAsync(tenant, employee);
        Assert.Empty(stored.FamilyMembers);
        Assert.Equal(1, stored.Version);
        Assert.Empty(await AuditsAsync(tenant, AuditAction.FamilyMemberAdded));
    }

    [Fact]
    public async Task Update_InvalidInput_LeavesTheMemberAsItWas()
    {
        var (tenant, employee) = await EmployeeAsync("fam-bad-edit");
        var added = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1), tenant);
        var version = (await LoadAsync(tenant, employee)).Version;

        var error = await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, version, income: -5, myNumber: MyNumbers.Valid(55_555_555), removeMyNumber: true), tenant));

        Assert.Equal(["EstimatedIncome", "RemoveMyNumber"], error.Errors.Select(e => e.PropertyName).Order());
        var stored = await LoadAsync(tenant, employee);
        Assert.Equal((version, new Yen(480_000)), (stored.Version, stored.FamilyMembers[0].EstimatedIncome));
        Assert.Null(stored.FamilyMembers[0].MyNumberLookup);
    }

    [Fact]
    public async Task StaleVersion_IsRefusedWithAClearMessage_AndChangesNothing()
    {
        var (tenant, employee) = await EmployeeAsync("fam-stale");
        var added = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1), tenant);
        var current = (await LoadAsync(tenant, employee)).Version;

        var add = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1, name: "山田 二郎"), tenant));
        var update = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, 1, name: "山田 次子"), tenant));
        var remove = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsync<Unit>(
            new RemoveFamilyMemberCommand(employee.Value, added.FamilyMemberId, 1), tenant));

        Assert.All(new[] { add, update, remove }, e => Assert.Equal("employee.changed_meanwhile", e.Code));
        Assert.Contains("他の担当者が先に更新しました", add.Message, StringComparison.Ordinal);
        var stored = await LoadAsync(tenant, employee);
        Assert.Equal(current, stored.Version);
        Assert.Equal("山田 花子", Assert.Single(stored.FamilyMembers).Name);
        Assert.Single(await AuditsAsync(tenant, AuditAction.FamilyMemberAdded));
    }

    [Fact]
    public async Task LimitedAdmin_ReachesOnlyEmployeesOfTheirDepartments()
    {
        var (tenant, employee) = await EmployeeAsync("fam-scope", department: "D02");
        var added = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1), tenant);
        var version = (await LoadAsync(tenant, employee)).Version;

        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<AddFamilyMemberResult>(
            Add(employee, version, name: "山田 二郎"), tenant, Permission.ManageEmployees, departments: "D01"));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, version, name: "山田 次子"), tenant, Permission.ManageEmployees, departments: "D01"));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<Unit>(
            new RemoveFamilyMemberCommand(employee.Value, added.FamilyMemberId, version), tenant, Permission.ManageEmployees, departments: "D01"));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync<Unit>(
            new RemoveFamilyMemberCommand(employee.Value, added.FamilyMemberId, version), tenant, Permission.ViewLogs));

        var stored = await LoadAsync(tenant, employee);
        Assert.Equal(version, stored.Version);
        Assert.Equal("山田 花子", Assert.Single(stored.FamilyMembers).Name);

        // The same clerk's own department is reachable: the refusals above are the scope, not a broken command.
        var own = await factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, version, name: "山田 次子"), tenant, Permission.ManageEmployees, departments: "D01,D02");
        Assert.Equal(["Name"], own.ChangedFields);
    }

    [Fact]
    public async Task OtherTenant_CannotTouchTheEmployee()
    {
        var (tenantA, employee) = await EmployeeAsync("fam-tenant-a");
        var added = await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1, myNumber: MyNumbers.Valid(66_666_666)), tenantA);
        var version = (await LoadAsync(tenantA, employee)).Version;
        var tenantB = await factory.NewTenantAsync("fam-tenant-b");

        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<AddFamilyMemberResult>(Add(employee, version), tenantB));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<UpdateFamilyMemberResult>(
            Update(employee, added.FamilyMemberId, version, removeMyNumber: true), tenantB));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<Unit>(
            new RemoveFamilyMemberCommand(employee.Value, added.FamilyMemberId, version), tenantB));

        var stored = await LoadAsync(tenantA, employee);
        Assert.Equal(version, stored.Version);
        Assert.NotNull(Assert.Single(stored.FamilyMembers).MyNumberLookup);
        Assert.Empty(await AuditsAsync(tenantB, AuditAction.FamilyMemberUpdated));
    }

    [Fact]
    public void Commands_PrintNoPersonalData()
    {
        var digits = MyNumbers.Valid(77_777_777);
        var employee = new EmployeeId(Guid.CreateVersion7());

        var texts = new[] { Add(employee, 1, myNumber: digits).ToString(), Update(employee, Guid.CreateVersion7(), 1, myNumber: digits).ToString() };

        Assert.All(texts, t => Assert.DoesNotContain(digits, t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("山田", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains(employee.Value.ToString(), t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Add_WithTheEmployeesOwnMyNumber_IsRefused_AndNothingIsStored()
    {
        var tenant = await factory.NewTenantAsync("fam-same-number");
        var own = MyNumbers.Valid(86_420_864);
        var imported = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: own))), tenant);
        Assert.True(imported.Applied);
        Employee stored;
        await using (var scope = factory.TenantScope(tenant))
        {
            stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().SingleAsync();
        }

        var employee = stored.Id;
        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(
            () => factory.SendAsync<AddFamilyMemberResult>(Add(employee, stored.Version, myNumber: own), tenant));

        Assert.Equal("employee.my_number_repeated_in_family", refused.Code);
        Assert.DoesNotContain(own, refused.Message, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(tenant, employee)).FamilyMembers);
        Assert.Empty(await AuditsAsync(tenant, AuditAction.FamilyMemberAdded));
    }

    [Fact]
    public async Task Import_GivingTheEmployeeARelativesMyNumber_IsRefusedWithLineAndColumn()
    {
        var (tenant, employee) = await EmployeeAsync("fam-import-number");
        var relatives = MyNumbers.Valid(97_531_975);
        await factory.SendAsync<AddFamilyMemberResult>(Add(employee, 1, myNumber: relatives), tenant);
        var before = await LoadAsync(tenant, employee);

        var result = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: relatives))), tenant);

        Assert.False(result.Applied);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2L, "個人番号"), (error.Line, error.Column));
        var after = await LoadAsync(tenant, employee);
        Assert.Equal((before.Version, before.MyNumberLookup), (after.Version, after.MyNumberLookup));
    }

    private static AddFamilyMemberCommand Add(
        EmployeeId employee, int version, string name = "山田 花子", string kana = "ヤマダ ハナコ", DateOnly? birthDate = null,
        long income = 480_000, string? myNumber = null) =>
        new(employee.Value, version, name, kana, FamilyRelationship.Spouse, birthDate ?? new DateOnly(1987, 5, 5), true, DisabilityKind.General, false, income, myNumber);

    private static UpdateFamilyMemberCommand Update(
        EmployeeId employee, Guid member, int version, string name = "山田 花子", bool cohabiting = true, long income = 480_000,
        string? myNumber = null, bool removeMyNumber = false) =>
        new(employee.Value, member, version, name, "ヤマダ ハナコ", FamilyRelationship.Spouse, new DateOnly(1987, 5, 5), cohabiting, DisabilityKind.General,
            false, income, myNumber, removeMyNumber);

    private static string FullWidth(string digits) => string.Concat(digits.Select(c => (char)(c - '0' + '０')));

    private async Task<(TenantId Tenant, EmployeeId Employee)> EmployeeAsync(string slug, string department = "D01")
    {
        var tenant = await factory.NewTenantAsync(slug);
        var imported = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", department: department))), tenant);
        Assert.True(imported.Applied);
        await using var scope = factory.TenantScope(tenant);
        return (tenant, (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().SingleAsync()).Id);
    }

    private async Task<Employee> LoadAsync(TenantId tenant, EmployeeId id)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    private async Task<List<AuditEntry>> AuditsAsync(TenantId tenant, AuditAction action)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Action == action).ToListAsync();
    }
}
