using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Employees;

/// <summary>Employee.ApplyDeclaredFamily: how an approved declaration's people map onto the master's family rows.</summary>
public sealed class ApplyDeclaredFamilyTests
{
    private static readonly DateTime Now = new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2025, 12, 1);

    [Fact]
    public void LinkedRow_UpdatesThatMember_AndReportsOnlyTheChangedFields()
    {
        var (employee, child, _) = Family();
        var version = employee.Version;

        var changes = employee.ApplyDeclaredFamily(
            [new DeclaredFamilyMember(child.Id, Child("山田 花子", 500_000, cohabiting: false), null), Declared(Parent())], Now);

        var change = Assert.Single(changes);
        Assert.Equal((FamilyMasterChangeKind.Updated, child.Id), (change.Kind, change.MemberId));
        Assert.Equal(FamilyMemberFields.EstimatedIncome | FamilyMemberFields.Cohabiting, change.Fields);
        Assert.Equal(500_000, child.EstimatedIncome.Value);
        Assert.Equal(version + 1, employee.Version);
    }

    [Fact]
    public void SameFamily_ChangesNothing_NotEvenTheVersion()
    {
        var (employee, child, _) = Family();
        var version = employee.Version;

        var changes = employee.ApplyDeclaredFamily([Declared(Child("山田 花子", 100_000)), Declared(Parent())], Now);

        Assert.Empty(changes);
        Assert.Equal(version, employee.Version);
        Assert.Equal(2, employee.FamilyMembers.Count);
        Assert.True(child.IsCurrent);
    }

    [Fact]
    public void UnlinkedRow_MatchesByBirthDateAndReading_EvenWrittenDifferently()
    {
        var (employee, child, _) = Family();

        var changes = employee.ApplyDeclaredFamily([Declared(Child("山田花子", 100_000)), Declared(Parent())], Now);

        Assert.Equal(FamilyMemberFields.Name, Assert.Single(changes).Fields);
        Assert.Equal("山田花子", child.Name);
        Assert.Equal(2, employee.FamilyMembers.Count);
    }

    [Fact]
    public void NewPerson_IsAdded_WithTheirProtectedNumber_AndAnOmittedOneLeavesTheMastersNumber()
    {
        var (employee, child, _) = Family();
        var number = new ProtectedMyNumber([1, 2, 3], "lookup-new");
        employee.SetFamilyMemberMyNumber(child.Id, new ProtectedMyNumber([9], "lookup-child"), Now);
        var newborn = FamilyMemberDetails.Create("山田 次郎", "ヤマダ ジロウ", FamilyRelationship.Child, new DateOnly(2025, 5, 1), true, DisabilityKind.None, false, Yen.Zero);

        var changes = employee.ApplyDeclaredFamily(
            [Declared(Child("山田 花子", 100_000)), Declared(Parent()), new DeclaredFamilyMember(null, newborn, number)], Now);

        var added = Assert.Single(changes);
        Assert.Equal(FamilyMasterChangeKind.Added, added.Kind);
        Assert.Equal("lookup-new", employee.FindFamilyMember(added.MemberId).MyNumberLookup);
        Assert.Equal("lookup-child", child.MyNumberLookup);
    }

    [Fact]
    public void NumberOfAnotherFamilyMember_IsRefused()
    {
        var (employee, child, parent) = Family();
        employee.SetFamilyMemberMyNumber(parent.Id, new ProtectedMyNumber([9], "same"), Now);

        Assert.Throws<DomainRuleViolationException>(() => employee.ApplyDeclaredFamily(
            [new DeclaredFamilyMember(child.Id, Child("山田 花子", 100_000), new ProtectedMyNumber([1], "same")), Declared(Parent())], Now));
    }

    [Fact]
    public void MemberNotDeclared_IsKept_AndAnEndedMemberDeclaredAgainResumes()
    {
        var (employee, _, parent) = Family();

        // Leaving a person out is not evidence that they left the household: the master row stays as it was.
        Assert.Empty(employee.ApplyDeclaredFamily([Declared(Child("山田 花子", 100_000))], Now));
        Assert.True(parent.IsCurrent);
        Assert.Equal(2, employee.FamilyMembers.Count);

        Assert.True(parent.End(Today));
        var resumed = employee.ApplyDeclaredFamily([Declared(Child("山田 花子", 100_000)), Declared(Parent())], Now);
        Assert.Equal((FamilyMasterChangeKind.Updated, FamilyMemberFields.Ended), (Assert.Single(resumed).Kind, resumed[0].Fields));
        Assert.True(parent.IsCurrent);
    }

    private static (Employee Employee, FamilyMember Child, FamilyMember Parent) Family()
    {
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("1"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), Now);
        var child = employee.AddFamilyMember(Child("山田 花子", 100_000), Now);
        var parent = employee.AddFamilyMember(Parent(), Now);
        return (employee, child, parent);
    }

    private static DeclaredFamilyMember Declared(FamilyMemberDetails details) => new(null, details, null);

    private static FamilyMemberDetails Child(string name, long income, bool cohabiting = true) =>
        FamilyMemberDetails.Create(name, "ヤマダ ハナコ", FamilyRelationship.Child, new DateOnly(2004, 6, 1), cohabiting, DisabilityKind.None, false, new Yen(income));

    private static FamilyMemberDetails Parent() =>
        FamilyMemberDetails.Create("山田 一", "ヤマダ ハジメ", FamilyRelationship.Parent, new DateOnly(1950, 3, 1), false, DisabilityKind.None, false, Yen.Zero);
}
