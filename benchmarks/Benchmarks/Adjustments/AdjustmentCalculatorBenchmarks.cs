using BenchmarkDotNet.Attributes;
using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Benchmarks.Adjustments;

// Bulk year-end runs (issue 5 target: ≥ 1,000,000 calculations/s on one core without trace, ≥ 200,000 with it,
// no allocation beyond the result). One invocation walks a fixed mix of 256 employees across 2024–2026: singles,
// couples, families with children of every age band, parents living in, insurance premiums and housing credits.
// Not sealed: BenchmarkDotNet derives from the class.
[MemoryDiagnoser]
public class AdjustmentCalculatorBenchmarks
{
    private const int MixSize = 256;

    private AdjustmentInput[] _mix = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_261_126);
        _mix = new AdjustmentInput[MixSize];
        for (var i = 0; i < MixSize; i++)
        {
            _mix[i] = Employee(random, 2024 + (i % 3));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = MixSize)]
    public long WithoutTrace()
    {
        var total = 0L;
        foreach (var input in _mix)
        {
            total += AdjustmentCalculator.Calculate(input).Difference;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = MixSize)]
    public long WithTrace()
    {
        var total = 0L;
        foreach (var input in _mix)
        {
            total += AdjustmentCalculator.Calculate(input, includeTrace: true).Trace.Count;
        }

        return total;
    }

    private static AdjustmentInput Employee(Random random, int year)
    {
        var salary = random.Next(1_500, 14_000) * 1_000L;
        var hasSpouse = random.Next(100) < 60;
        var children = random.Next(0, 4);
        var relatives = new List<RelativeInput>();
        for (var c = 0; c < children; c++)
        {
            var age = random.Next(0, 25);
            relatives.Add(new RelativeInput
            {
                BirthDate = new DateOnly(year - age, random.Next(1, 13), random.Next(1, 29)),
                TotalIncome = age >= 19 ? random.Next(0, 13) * 100_000L : 0,
                IsChild = true,
                Disability = random.Next(100) < 5 ? DisabilityLevel.General : DisabilityLevel.None,
            });
        }

        if (random.Next(100) < 15)
        {
            relatives.Add(new RelativeInput
            {
                BirthDate = new DateOnly(year - random.Next(70, 90), 4, 1),
                TotalIncome = random.Next(0, 5) * 100_000L,
                IsLinealAscendant = true,
                LivesWithEmployee = random.Next(2) == 0,
            });
        }

        return new AdjustmentInput
        {
            TaxYear = year,
            SalaryPaid = salary,
            TaxWithheld = salary / 25,
            SocialInsuranceWithheld = salary * 15 / 100,
            LifeInsurance = new LifeInsurancePremiums(
                random.Next(0, 120_000), random.Next(0, 3) == 0 ? random.Next(0, 100_000) : 0, random.Next(0, 60_000),
                random.Next(0, 100_000), 0),
            EarthquakePremium = random.Next(0, 3) == 0 ? random.Next(5_000, 60_000) : 0,
            HousingLoanCredit = random.Next(0, 3) == 0 ? random.Next(50, 3_000) * 100L : 0,
            Spouse = hasSpouse
                ? new SpouseInput
                {
                    BirthDate = new DateOnly(year - random.Next(25, 75), 7, 7),
                    TotalIncome = random.Next(0, 3) == 0 ? random.Next(0, 15) * 100_000L : 0,
                }
                : null,
            Relatives = relatives.ToArray(),
        };
    }
}
