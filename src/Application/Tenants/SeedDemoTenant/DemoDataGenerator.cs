using System.Globalization;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Tenants.SeedDemoTenant;

/// <summary>
/// Deterministic synthetic staff for a demo tenant: the same seed gives the same people, numbers and amounts (one
/// <see cref="Random"/> seeded once, consumed in a fixed order). Families cycle through every shape the rules tell
/// apart: spouse without income / with income in the 配偶者特別控除 band, children under 16 (年少), 16–18 (一般),
/// 19–22 (特定扶養), parents of 70 or more living together (同居老親等) or apart (老人扶養), and disabilities
/// (一般・特別障害者). Ages are as of 31 December of the tax year.
/// </summary>
public sealed class DemoDataGenerator(int seed, int taxYear)
{
    /// <summary>
    /// Synthetic My Numbers all start with this prefix. There is no officially published test range for 個人番号, so
    /// this project reserves "99" + a 9-digit sequence + the statutory check digit for generated data: the numbers
    /// pass the check-digit rule (so the screens behave as with real ones) and are recognisable as synthetic.
    /// </summary>
    public const string MyNumberPrefix = "99";

    private readonly Random _random = new(seed);
    private readonly DateOnly _yearEnd = new(taxYear, 12, 31);
    private long _numberSequence = (long)(uint)seed * 7919 % 1_000_000_000;
    private int _index;

    /// <summary>The next employee; numbered E000001, E000002, … in order.</summary>
    public DemoEmployee Next()
    {
        _index++;
        var gender = _random.Next(2) == 0 ? Gender.Male : Gender.Female;
        var family = Pick(DemoNames.Family);
        var given = Pick(gender == Gender.Male ? DemoNames.Male : DemoNames.Female);
        var age = 22 + _random.Next(43);
        var birth = AgeOn(age);
        var hire = new DateOnly(Math.Max(birth.Year + 18, Math.Min(taxYear, birth.Year + 22 + _random.Next(age - 20))), 4, 1);
        if (hire > _yearEnd)
        {
            hire = new DateOnly(taxYear, 4, 1);
        }

        // About 3% left earlier in the year: leavers the admin may add to an opening by number.
        DateOnly? leave = _random.Next(100) < 3 ? new DateOnly(taxYear, 1 + _random.Next(9), 28) : null;
        if (leave is { } l && l < hire)
        {
            leave = null;
        }

        var department = Pick(DemoNames.Departments);
        var myNumber = NextMyNumber();
        var relatives = Family(family, gender, age);
        var salary = 2_400_000 + (_random.Next(67) * 100_000);
        var bonus = _random.Next(4) == 0 ? 0 : salary / 12 * (1 + _random.Next(4));
        var social = (salary + bonus) * 145 / 1000;
        var tax = Math.Max(0, (salary + bonus - social - 1_500_000) * 4 / 100);
        var roll = _random.Next(100);
        var status = roll < 40 ? DeclarationStatus.NotStarted : roll < 75 ? DeclarationStatus.Draft : DeclarationStatus.Submitted;
        return new DemoEmployee(
            "E" + _index.ToString("D6", CultureInfo.InvariantCulture),
            $"{family.Name} {given.Name}", $"{family.Kana} {given.Kana}", gender, birth, hire, leave,
            department.Code, department.Name, myNumber, relatives, salary, bonus, tax, social, status);
    }

    private IReadOnlyList<DemoRelative> Family((string Name, string Kana) surname, Gender gender, int age)
    {
        var list = new List<DemoRelative>();
        var shape = _index % 8;
        if (shape == 0 || age < 25)
        {
            return list;
        }

        // Spouse: without income in half of the families, with 配偶者特別控除-band income (1.0–1.3 M yen) otherwise.
        var spouse = Pick(gender == Gender.Male ? DemoNames.Female : DemoNames.Male);
        var spouseIncome = shape % 2 == 1 ? 0 : 1_000_000 + (_random.Next(4) * 100_000);
        list.Add(Relative(surname, spouse, FamilyRelationship.Spouse, age - 3 + _random.Next(6), true, DisabilityKind.None, spouseIncome));

        // Children across the age bands the rules tell apart.
        int[] childAges = shape switch
        {
            2 => [8],
            3 => [13, 17],
            4 => [20],
            5 => [15, 19],
            6 => [17, 21, 10],
            _ => [],
        };
        foreach (var childAge in childAges.Where(a => a <= age - 18))
        {
            var child = Pick(_random.Next(2) == 0 ? DemoNames.Male : DemoNames.Female);
            var disability = shape == 5 && childAge == 15 ? DisabilityKind.General : DisabilityKind.None;
            list.Add(Relative(surname, child, FamilyRelationship.Child, childAge, true, disability, 0));
        }

        // Parents of 70 or more, living together (同居老親等) or apart; one with a special disability.
        if (shape is 4 or 7)
        {
            var parent = Pick(DemoNames.Female);
            var parentAge = Math.Max(70, age + 25 + _random.Next(5));
            list.Add(Relative(surname, parent, FamilyRelationship.Parent, parentAge, shape == 7, shape == 7 ? DisabilityKind.Special : DisabilityKind.None, 400_000));
        }

        return list;
    }

    private DemoRelative Relative((string Name, string Kana) surname, (string Name, string Kana) given, FamilyRelationship relationship, int age, bool cohabiting, DisabilityKind disability, long income) =>
        new($"{surname.Name} {given.Name}", $"{surname.Kana} {given.Kana}", relationship, AgeOn(age), cohabiting, disability, income, NextMyNumber());

    /// <summary>A birth date that makes the person <paramref name="age"/> on 31 December of the tax year.</summary>
    private DateOnly AgeOn(int age) => new DateOnly(taxYear - age, 1, 1).AddDays(_random.Next(365));

    private string NextMyNumber()
    {
        _numberSequence = (_numberSequence + 1) % 1_000_000_000;
        var first11 = MyNumberPrefix + _numberSequence.ToString("D9", CultureInfo.InvariantCulture);
        return first11 + MyNumber.ComputeCheckDigit(first11).ToString(CultureInfo.InvariantCulture);
    }

    private T Pick<T>(IReadOnlyList<T> list) => list[_random.Next(list.Count)];
}
