using YearEndAdjustment.Application.Tenants.SeedDemoTenant;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.UnitTests.Application.Tenants;

/// <summary>Issue 11 item 9: synthetic demo staff are deterministic per seed, valid, and cover every family shape.</summary>
public sealed class DemoDataGeneratorTests
{
    [Fact]
    public void SameSeed_GivesTheSamePeopleAndNumbers_AnotherSeedDoesNot()
    {
        var a = Generate(seed: 42, count: 200);
        var b = Generate(seed: 42, count: 200);
        var c = Generate(seed: 43, count: 200);

        Assert.Equal(a.Select(Key), b.Select(Key));
        Assert.NotEqual(a.Select(Key), c.Select(Key));
    }

    [Fact]
    public void EveryMyNumber_HasAValidCheckDigit_IsInTheSyntheticRange_AndIsUnique()
    {
        var people = Generate(seed: 1, count: 200);
        var numbers = people.Select(p => p.MyNumber).Concat(people.SelectMany(p => p.Family).Select(f => f.MyNumber)).ToList();

        Assert.All(numbers, n => Assert.Null(MyNumber.Check(n)));
        Assert.All(numbers, n => Assert.StartsWith(DemoDataGenerator.MyNumberPrefix, n, StringComparison.Ordinal));
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void People_PassTheProfileRules_AndFamiliesCoverTheShapesTheRulesDistinguish()
    {
        var people = Generate(seed: 5, count: 200);

        Assert.All(people, p => EmployeeProfile.Create(p.Name, p.Kana, p.BirthDate, p.Gender, null, null, p.HireDate, p.LeaveDate, p.DepartmentCode, p.DepartmentName, null));
        var family = people.SelectMany(p => p.Family).ToList();
        Assert.Contains(family, f => f.Relationship == FamilyRelationship.Spouse && f.EstimatedIncome == 0);
        Assert.Contains(family, f => f.Relationship == FamilyRelationship.Spouse && f.EstimatedIncome > 950_000);
        Assert.Contains(family, f => f.Relationship == FamilyRelationship.Child && AgeAtYearEnd(f.BirthDate) < 16);
        Assert.Contains(family, f => f.Relationship == FamilyRelationship.Child && AgeAtYearEnd(f.BirthDate) is >= 16 and <= 18);
        Assert.Contains(family, f => f.Relationship == FamilyRelationship.Child && AgeAtYearEnd(f.BirthDate) is >= 19 and <= 22);
        Assert.Contains(family, f => f.Relationship == FamilyRelationship.Parent && AgeAtYearEnd(f.BirthDate) >= 70 && f.Cohabiting);
        Assert.Contains(family, f => f.Relationship == FamilyRelationship.Parent && AgeAtYearEnd(f.BirthDate) >= 70 && !f.Cohabiting);
        Assert.Contains(family, f => f.Disability == DisabilityKind.General);
        Assert.Contains(family, f => f.Disability == DisabilityKind.Special);
        Assert.Contains(people, p => p.Family.Count == 0);
        Assert.Equal(3, people.Select(p => p.Status).Distinct().Count());
    }

    private static int AgeAtYearEnd(DateOnly birth) => 2025 - birth.Year;

    private static string Key(DemoEmployee p) => $"{p.Number}|{p.Name}|{p.MyNumber}|{p.BirthDate}|{string.Join(",", p.Family.Select(f => f.Name + f.MyNumber))}";

    private static List<DemoEmployee> Generate(int seed, int count)
    {
        var generator = new DemoDataGenerator(seed, 2025);
        return [.. Enumerable.Range(0, count).Select(_ => generator.Next())];
    }
}
