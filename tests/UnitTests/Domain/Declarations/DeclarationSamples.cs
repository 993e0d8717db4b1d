using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

internal static class DeclarationSamples
{
    public static readonly TenantId Tenant = TenantId.New();
    public static readonly EmployeeId Employee = EmployeeId.New();
    public static readonly DateTime Now = new(2025, 11, 10, 1, 0, 0, DateTimeKind.Utc);

    public static Declaration New(int year = 2025) => Declaration.Create(Tenant, Employee, new TaxYear(year), new DateOnly(year, 11, 30), Now);

    public static DeclaredPerson Person(DeclaredRelationship relationship, DateOnly birthDate, long income = 0, string name = "山田 太郎") => new(
        EntryId: Guid.NewGuid(),
        MasterId: null,
        Name: name,
        NameKana: "ヤマダ タロウ",
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

    public static ProtectedMyNumber Protected(string lookup) => new([1, 2, 3], lookup.PadRight(ProtectedMyNumber.LookupLength, '0'));

    public static DeclarationForms WithRelatives(params DeclaredPerson[] relatives) =>
        DeclarationForms.Empty with { Dependants = DependantsForm.Empty with { Relatives = relatives } };

    public static LifeInsuranceLine Life(LifeInsuranceCategory category, InsuranceRegime regime, long premium, bool certificate = true) =>
        new(Guid.NewGuid(), "○○生命", "終身", category, regime, "終身", "本人", "本人", null, premium,
            certificate ? new CertificateEvidence([Guid.NewGuid()], false) : CertificateEvidence.None);
}
