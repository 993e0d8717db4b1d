using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Employees;

public sealed class EmployeeTests
{
    private static readonly DateTime Now = new(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Register_ValidProfile_StartsAtVersionOne()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("0001"), Profile(), Now);

        Assert.Equal(1, employee.Version);
        Assert.Equal("0001", employee.Number.Value);
        Assert.False(employee.HasMyNumber);
    }

    [Fact]
    public void Register_WithoutTenant_IsRefused() =>
        Assert.Throws<DomainRuleViolationException>(() => Employee.Register(TenantId.None, EmployeeNumber.Create("1"), Profile(), Now));

    [Fact]
    public void SetOfficer_ChangesOnlyWhenDifferent_AndBumpsTheVersion()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);
        Assert.False(employee.IsOfficer);

        Assert.False(employee.SetOfficer(false, Now.AddDays(1)));
        Assert.Equal(1, employee.Version);
        Assert.True(employee.SetOfficer(true, Now.AddDays(1)));
        Assert.True(employee.IsOfficer);
        Assert.Equal(2, employee.Version);
    }

    [Theory]
    [InlineData("R0001", "R0002", -1)]
    [InlineData("R0010", "R0002", 1)]
    [InlineData("A1", "A1", 0)]
    public void EmployeeNumber_OrdersOrdinally(string left, string right, int sign)
    {
        var (a, b) = (EmployeeNumber.Create(left), EmployeeNumber.Create(right));

        Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
        Assert.Equal(sign < 0, a < b);
        Assert.Equal(sign > 0, a > b);
        Assert.Equal(sign <= 0, a <= b);
        Assert.Equal(sign >= 0, a >= b);
    }

    [Fact]
    public void UpdateProfile_SameValues_ChangesNothing()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);

        Assert.Equal(EmployeeFields.None, employee.UpdateProfile(Profile(), Now.AddDays(1)));
        Assert.Equal(1, employee.Version);
    }

    [Fact]
    public void UpdateProfile_DifferentDepartment_ReportsFieldAndBumpsVersion()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);

        var changed = employee.UpdateProfile(Profile(departmentName: "人事部"), Now.AddDays(1));

        Assert.Equal(EmployeeFields.DepartmentName, changed);
        Assert.Equal(2, employee.Version);
        Assert.Equal("人事部", employee.DepartmentName);
    }

    [Fact]
    public void SetMyNumber_SameLookup_ChangesNothing()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);
        employee.SetMyNumber(new ProtectedMyNumber([1, 2, 3], "abc"), Now);

        Assert.False(employee.SetMyNumber(new ProtectedMyNumber([9, 9, 9], "abc"), Now));
        Assert.Equal([1, 2, 3], employee.MyNumberCiphertext);
    }

    [Fact]
    public void HasLeftBy_LeaveDateBeforeToday_IsTrueOnlyAfterTheDay()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(leave: new DateOnly(2025, 3, 31)), Now);

        Assert.False(employee.HasLeftBy(new DateOnly(2025, 3, 31)));
        Assert.True(employee.HasLeftBy(new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void FamilyMembers_AddAndRemove_ChangeTheAggregate()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);
        var details = FamilyMemberDetails.Create("山田 花子", "ヤマダ ハナコ", FamilyRelationship.Spouse, new DateOnly(1987, 5, 5), true, DisabilityKind.None, false, new Yen(480_000));

        var member = employee.AddFamilyMember(details, Now);
        employee.SetFamilyMemberMyNumber(member.Id, new ProtectedMyNumber([1], "x"), Now);

        Assert.Equal("x", Assert.Single(employee.FamilyMembers).MyNumberLookup);
        employee.RemoveFamilyMember(member.Id, Now);
        Assert.Empty(employee.FamilyMembers);
    }

    [Fact]
    public void UpdateFamilyMember_ReportsChangedFields_AndUnchangedKeepsTheVersion()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);
        var details = FamilyMemberDetails.Create("山田 花子", "ヤマダ ハナコ", FamilyRelationship.Spouse, new DateOnly(1987, 5, 5), true, DisabilityKind.None, false, new Yen(480_000));
        var member = employee.AddFamilyMember(details, Now);
        var version = employee.Version;

        var none = employee.UpdateFamilyMember(member.Id, details, Now);
        var changed = employee.UpdateFamilyMember(member.Id, FamilyMemberDetails.Create(
            "山田 花子", "ヤマダ ハナコ", FamilyRelationship.Spouse, new DateOnly(1987, 5, 5), false, DisabilityKind.General, false, new Yen(480_000)), Now);

        Assert.Equal(FamilyMemberFields.None, none);
        Assert.Equal(FamilyMemberFields.Cohabiting | FamilyMemberFields.Disability, changed);
        Assert.Equal(version + 1, employee.Version);
    }

    [Fact]
    public void ClearFamilyMemberMyNumber_ForgetsTheNumberOnce()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);
        var member = employee.AddFamilyMember(FamilyMemberDetails.Create(
            "山田 一郎", "ヤマダ イチロウ", FamilyRelationship.Child, new DateOnly(2015, 1, 1), true, DisabilityKind.None, false, Yen.Zero), Now);
        employee.SetFamilyMemberMyNumber(member.Id, new ProtectedMyNumber([1], "x"), Now);

        Assert.True(employee.ClearFamilyMemberMyNumber(member.Id, Now));
        Assert.False(employee.ClearFamilyMemberMyNumber(member.Id, Now));
        Assert.Null(member.MyNumberCiphertext);
        Assert.Null(member.MyNumberLookup);
    }

    [Fact]
    public void FamilyMemberDetails_IncomeAboveElevenDigits_IsRefused() =>
        Assert.Throws<DomainRuleViolationException>(() => FamilyMemberDetails.Create(
            "山田 花子", "ヤマダ ハナコ", FamilyRelationship.Spouse, new DateOnly(1987, 5, 5), true, DisabilityKind.None, false, new Yen(FamilyMemberDetails.MaxEstimatedIncome + 1)));

    [Fact]
    public void FamilyMemberDetails_NegativeIncome_IsRefused() =>
        Assert.Throws<DomainRuleViolationException>(() => FamilyMemberDetails.Create(
            "山田 花子", "ヤマダ ハナコ", FamilyRelationship.Child, new DateOnly(2010, 1, 1), true, DisabilityKind.Special, false, new Yen(-1)));

    [Theory]
    [InlineData("", "ヤマダ", "氏名")]
    [InlineData("山田", "やまだ", "カタカナ")]
    [InlineData("山田", "ヤマダ", "郵便番号", "1234567")]
    public void EmployeeProfile_InvalidField_IsRefusedWithReason(string name, string kana, string fragment, string? postal = null)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => EmployeeProfile.Create(
            name, kana, new DateOnly(1980, 1, 1), Gender.NotStated, postal, null, new DateOnly(2000, 1, 1), null, null, null, null));

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmployeeProfile_LeaveBeforeHire_IsRefused() =>
        Assert.Throws<DomainRuleViolationException>(() => Profile(leave: new DateOnly(1999, 1, 1)));

    [Theory]
    [InlineData("E-001_a", true)]
    [InlineData("０１", false)]
    [InlineData("E 01", false)]
    [InlineData("123456789012345678901", false)]
    public void EmployeeNumber_Check_AllowsHalfWidthCodesOnly(string value, bool valid) =>
        Assert.Equal(valid, EmployeeNumber.Check(value) is null);

    [Fact]
    public void PayrollTotal_Replace_SameAmounts_ChangesNothing()
    {
        var amounts = new PayrollAmounts(new Yen(4_800_000), new Yen(1_200_000), new Yen(152_300), new Yen(864_000), Yen.Zero, Yen.Zero, Yen.Zero);
        var total = PayrollTotal.Record(TenantId.New(), EmployeeId.New(), new TaxYear(2025), amounts, Now);

        Assert.False(total.Replace(amounts, Now));
        Assert.True(total.Replace(amounts with { BonusPaid = new Yen(1) }, Now));
        Assert.Equal(2, total.Version);
    }

    [Fact]
    public void PayrollTotal_NegativeAmount_IsRefused() =>
        Assert.Throws<DomainRuleViolationException>(() => PayrollTotal.Record(TenantId.New(), EmployeeId.New(), new TaxYear(2025),
            new PayrollAmounts(new Yen(-1), Yen.Zero, Yen.Zero, Yen.Zero, Yen.Zero, Yen.Zero, Yen.Zero), Now));

    [Fact]
    public void RegisterAndUpdate_KeepTheSearchKeysInStepWithNameAndKana()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);
        var registered = (employee.NameSearch, employee.KanaSearch);

        employee.UpdateProfile(EmployeeProfile.Create(
            "佐藤 誠", "サトウ マコト", new DateOnly(1985, 4, 1), Gender.Male, "100-0001", "東京都千代田区", new DateOnly(2010, 4, 1), null, "D01", "総務部", "taro@example.jp"), Now);

        Assert.Equal(("山田太郎", "ヤマダタロウ"), registered);
        Assert.Equal(("佐藤誠", "サトウマコト"), (employee.NameSearch, employee.KanaSearch));
    }

    private static EmployeeProfile Profile(string departmentName = "総務部", DateOnly? leave = null) => EmployeeProfile.Create(
        "山田 太郎", "ヤマダ タロウ", new DateOnly(1985, 4, 1), Gender.Male, "100-0001", "東京都千代田区", new DateOnly(2010, 4, 1), leave, "D01", departmentName, "taro@example.jp");

    [Fact]
    public void OneNumber_CannotBelongToTheEmployeeAndARelative_OrToTwoRelatives()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), Profile(), Now);
        var spouse = employee.AddFamilyMember(FamilyMemberDetails.Create(
            "山田 花子", "ヤマダ ハナコ", FamilyRelationship.Spouse, new DateOnly(1987, 5, 5), true, DisabilityKind.None, false, Yen.Zero), Now);
        var child = employee.AddFamilyMember(FamilyMemberDetails.Create(
            "山田 一郎", "ヤマダ イチロウ", FamilyRelationship.Child, new DateOnly(2015, 5, 5), true, DisabilityKind.None, false, Yen.Zero), Now);
        employee.SetMyNumber(new ProtectedMyNumber([1], "own"), Now);
        employee.SetFamilyMemberMyNumber(spouse.Id, new ProtectedMyNumber([2], "spouse"), Now);

        var asEmployees = Assert.Throws<DomainRuleViolationException>(() => employee.SetFamilyMemberMyNumber(child.Id, new ProtectedMyNumber([3], "own"), Now));
        var asSpouses = Assert.Throws<DomainRuleViolationException>(() => employee.SetFamilyMemberMyNumber(child.Id, new ProtectedMyNumber([3], "spouse"), Now));
        var ownAsSpouses = Assert.Throws<DomainRuleViolationException>(() => employee.SetMyNumber(new ProtectedMyNumber([4], "spouse"), Now));

        Assert.All([asEmployees, asSpouses, ownAsSpouses], e => Assert.Equal("employee.my_number_repeated_in_family", e.Code));
        Assert.Null(employee.FindFamilyMember(child.Id).MyNumberLookup);
        Assert.Equal("own", employee.MyNumberLookup);
        Assert.False(employee.SetFamilyMemberMyNumber(spouse.Id, new ProtectedMyNumber([5], "spouse"), Now));
    }
}
