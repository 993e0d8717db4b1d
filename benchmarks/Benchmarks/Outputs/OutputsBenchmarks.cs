using BenchmarkDotNet.Attributes;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Outputs;
using YearEndAdjustment.Infrastructure.Outputs.UnifiedCsv;

namespace YearEndAdjustment.Benchmarks.Outputs;

// Issue 15 targets: one slip PDF ≤ 100 ms; the 統一CSV for 100,000 employees ≤ 5 s with flat memory. The slip is a 2026
// family with a spouse, two children and a parent; the CSV repeats it 100,000 times (the writer does the same work per
// record whatever the values). Not sealed: BenchmarkDotNet derives from the class.
[MemoryDiagnoser]
public class OutputsBenchmarks
{
    private const int Rows = 100_000;

    private readonly WithholdingSlipPdfRenderer _renderer = new();
    private readonly UnifiedCsvWriter _writer = new();
    private WithholdingSlip _slip = null!;
    private UnifiedCsvHeader _header = null!;

    [GlobalSetup]
    public void Setup()
    {
        DeclaredPerson Person(string name, string kana, DeclaredRelationship relationship, DateOnly birth) => new(
            Guid.NewGuid(), null, name, kana, relationship, birth, null, null, 0, DisabilityLevel.None, true, false, null, 0, false, null, null);

        var forms = DeclarationForms.Empty with
        {
            Dependants = DependantsForm.Empty with
            {
                Spouse = Person("山田 花子", "ヤマダ ハナコ", DeclaredRelationship.Spouse, new DateOnly(1982, 3, 3)),
                Relatives = [Person("山田 一郎", "ヤマダ イチロウ", DeclaredRelationship.Child, new DateOnly(2006, 6, 1)), Person("山田 父", "ヤマダ チチ", DeclaredRelationship.Parent, new DateOnly(1950, 1, 1))],
                YoungRelatives = [Person("山田 二郎", "ヤマダ ジロウ", DeclaredRelationship.Child, new DateOnly(2015, 6, 1))],
            },
        };
        var payroll = new PayrollFigures { SalaryPaid = 6_500_000, TaxWithheld = 150_000, SocialInsuranceWithheld = 950_000 };
        var employee = Employee.Register(TenantId.New(), EmployeeNumber.Create("B0001"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 15), Gender.Male, "100-0005", "東京都千代田区丸の内２－２－２", new DateOnly(2010, 4, 1), null, null, null, null), DateTime.UtcNow);
        var payer = new SlipPayer("株式会社ベンチ", "東京都千代田区丸の内１－１－１", "03-0000-0000", "1234567890123");
        _slip = WithholdingSlipBuilder.Build(new WithholdingSlipSource
        {
            Payer = payer,
            Employee = SlipEmployee.From(employee),
            Payroll = payroll,
            Forms = forms,
            Result = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(forms, 2026, payroll)),
        });
        _header = new UnifiedCsvHeader(payer, 2026, "0123456789", null, null);
    }

    [Benchmark]
    public long OneSlipPdf()
    {
        using var stream = new MemoryStream();
        _renderer.RenderEmployeeCopy(_slip, stream);
        return stream.Length;
    }

    [Benchmark]
    public async Task<int> UnifiedCsv100k()
    {
        var summary = await _writer.WriteAsync(_header, Entries(), Stream.Null, CancellationToken.None);
        return summary.Records;
    }

    private async IAsyncEnumerable<UnifiedCsvEntry> Entries()
    {
        var entry = new UnifiedCsvEntry(_slip, "131016", null, false, null);
        for (var i = 0; i < Rows; i++)
        {
            yield return entry;
        }

        await Task.CompletedTask;
    }
}
