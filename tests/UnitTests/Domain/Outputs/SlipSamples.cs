using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Tests.Outputs;

// Fixed employees, declarations and payroll figures of each slip year (issue 15's golden cases), calculated with the
// real calculator. Linked into the unit and the integration tests so that the slip, the PDF and the CSV agree.
internal static class SlipSamples
{
    public static readonly SlipPayer Payer = new("株式会社サンプル商事", "東京都千代田区丸の内１－１－１", "03-1234-5678", "1234567890123");

    private static readonly DateTime Now = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    // 2024: spouse and a 20-year-old child, a housing credit, the flat cut.
    public static WithholdingSlipSource Year2024()
    {
        var spouse = Person(DeclaredRelationship.Spouse, new DateOnly(1982, 3, 3), 0, "山田 花子", "ヤマダ ハナコ");
        var child = Person(DeclaredRelationship.Child, new DateOnly(2004, 6, 1), 0, "山田 一郎", "ヤマダ イチロウ");
        var forms = DeclarationForms.Empty with
        {
            Dependants = DependantsForm.Empty with { Spouse = spouse, Relatives = [child] },
            HousingLoan = new HousingLoanForm(
                new DateOnly(2020, 3, 15), HousingLoanCategory.General, 20_000_000, 100, null, 40_000_000, 100, 400_000,
                CertificateEvidence.None, CertificateEvidence.None),
        };
        var payroll = new PayrollFigures { SalaryPaid = 6_000_000, TaxWithheld = 60_000, SocialInsuranceWithheld = 900_000 };
        return Source(Employee("1001", "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 15), new DateOnly(2010, 4, 1), null), forms, payroll, 2024);
    }

    // 2025: a 特定親族 (20, income 1,000,000), a spouse, life insurance of every kind.
    public static WithholdingSlipSource Year2025()
    {
        var spouse = Person(DeclaredRelationship.Spouse, new DateOnly(1985, 8, 8), 0, "佐藤 良子", "サトウ ヨシコ");
        var student = Person(DeclaredRelationship.Child, new DateOnly(2005, 5, 5), 1_000_000, "佐藤 学", "サトウ マナブ");
        var forms = DeclarationForms.Empty with
        {
            Dependants = DependantsForm.Empty with { Spouse = spouse },
            Basic = BasicDeductionForm.Empty with { SpecificRelatives = [student] },
            Insurance = InsuranceForm.Empty with
            {
                Life =
                [
                    Life(LifeInsuranceCategory.General, InsuranceRegime.New, 120_000),
                    Life(LifeInsuranceCategory.General, InsuranceRegime.Old, 50_000),
                    Life(LifeInsuranceCategory.CareMedical, InsuranceRegime.New, 30_000),
                    Life(LifeInsuranceCategory.Pension, InsuranceRegime.New, 60_000),
                ],
            },
        };
        var payroll = new PayrollFigures { SalaryPaid = 7_200_000, TaxWithheld = 250_000, SocialInsuranceWithheld = 1_050_000 };
        return Source(Employee("2002", "佐藤 健", "サトウ ケン", new DateOnly(1983, 11, 20), new DateOnly(2015, 4, 1), null), forms, payroll, 2025);
    }

    // 2026: hired mid-year with a previous employer, six dependants of 16+ and five under 16.
    public static WithholdingSlipSource Year2026()
    {
        DeclaredPerson[] relatives =
        [
            Person(DeclaredRelationship.Child, new DateOnly(2005, 1, 10), 0, "鈴木 長男", "スズキ チョウナン"),
            Person(DeclaredRelationship.Child, new DateOnly(2006, 2, 10), 0, "鈴木 次男", "スズキ ジナン"),
            Person(DeclaredRelationship.Child, new DateOnly(2007, 3, 10), 0, "鈴木 三男", "スズキ サンナン"),
            Person(DeclaredRelationship.Child, new DateOnly(2008, 4, 10), 0, "鈴木 四男", "スズキ ヨンナン"),
            Person(DeclaredRelationship.Parent, new DateOnly(1950, 5, 10), 0, "鈴木 父", "スズキ チチ") with { Cohabiting = true },
            Person(DeclaredRelationship.Parent, new DateOnly(1952, 6, 10), 0, "鈴木 母", "スズキ ハハ") with { Cohabiting = false, Disability = DisabilityLevel.General },
        ];
        DeclaredPerson[] young =
        [
            Person(DeclaredRelationship.Child, new DateOnly(2012, 1, 1), 0, "鈴木 一子", "スズキ イチコ"),
            Person(DeclaredRelationship.Child, new DateOnly(2013, 1, 1), 0, "鈴木 二子", "スズキ ニコ"),
            Person(DeclaredRelationship.Child, new DateOnly(2014, 1, 1), 0, "鈴木 三子", "スズキ ミコ"),
            Person(DeclaredRelationship.Child, new DateOnly(2015, 1, 1), 0, "鈴木 四子", "スズキ ヨツコ"),
            Person(DeclaredRelationship.Child, new DateOnly(2016, 1, 1), 0, "鈴木 五子", "スズキ イツコ"),
        ];
        var forms = DeclarationForms.Empty with { Dependants = DependantsForm.Empty with { Relatives = relatives, YoungRelatives = young } };
        var payroll = new PayrollFigures
        {
            SalaryPaid = 4_000_000,
            TaxWithheld = 20_000,
            SocialInsuranceWithheld = 600_000,
            PreviousEmployerSalary = 2_500_000,
            PreviousEmployerTaxWithheld = 40_000,
            PreviousEmployerSocialInsurance = 370_000,
        };
        var source = Source(Employee("3003", "鈴木 次郎", "スズキ ジロウ", new DateOnly(1975, 2, 28), new DateOnly(2026, 6, 1), null), forms, payroll, 2026);
        return source with
        {
            PreviousEmployers = [new SlipPreviousEmployer("株式会社前職", "大阪府大阪市北区梅田１－１", 2_500_000, 40_000, 370_000, new DateOnly(2026, 5, 31))],
        };
    }

    // 2025: left in September for another job: no adjustment, the slip shows what was paid and withheld.
    public static WithholdingSlipSource Leaver2025()
    {
        var payroll = new PayrollFigures
        {
            SalaryPaid = 2_700_000,
            TaxWithheld = 61_000,
            SocialInsuranceWithheld = 400_000,
            EmploymentStatus = EmploymentStatus.LeftOther,
        };
        return Source(Employee("4004", "高橋 三郎", "タカハシ サブロウ", new DateOnly(1990, 7, 7), new DateOnly(2018, 4, 1), new DateOnly(2025, 9, 30)), DeclarationForms.Empty, payroll, 2025);
    }

    public static WithholdingSlipSource Source(Employee employee, DeclarationForms forms, PayrollFigures payroll, int year) =>
        Source(SlipEmployee.From(employee), forms, payroll, year);

    public static WithholdingSlipSource Source(SlipEmployee employee, DeclarationForms forms, PayrollFigures payroll, int year) => new()
    {
        Payer = Payer,
        Employee = employee,
        Payroll = payroll,
        Forms = forms,
        Result = AdjustmentCalculator.Calculate(DeclarationAdjustmentInput.Build(forms, year, payroll)),
    };

    public static Employee Employee(string number, string name, string kana, DateOnly birth, DateOnly hired, DateOnly? left) =>
        YearEndAdjustment.Domain.Employees.Employee.Register(
            TenantId.New(),
            EmployeeNumber.Create(number),
            EmployeeProfile.Create(name, kana, birth, Gender.Male, "100-0005", "東京都千代田区丸の内２－２－２", hired, left, "D01", "総務部", null),
            Now);

    public static DeclaredPerson Person(DeclaredRelationship relationship, DateOnly birthDate, long income, string name, string kana) => new(
        EntryId: Guid.NewGuid(),
        MasterId: null,
        Name: name,
        NameKana: kana,
        Relationship: relationship,
        BirthDate: birthDate,
        MyNumber: null,
        Address: null,
        EstimatedIncome: income,
        Disability: DisabilityLevel.None,
        Cohabiting: true,
        IsNonResident: false,
        NonResidentReason: null,
        Remittance: 0,
        IsBusinessFamilyEmployee: false,
        ChangeDate: null,
        ChangeReason: null);

    private static LifeInsuranceLine Life(LifeInsuranceCategory category, InsuranceRegime regime, long premium) =>
        new(Guid.NewGuid(), "○○生命", "終身", category, regime, "終身", "本人", "本人", null, premium, CertificateEvidence.None);
}
