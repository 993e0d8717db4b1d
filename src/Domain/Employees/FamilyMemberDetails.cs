using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>What the 扶養控除等申告書 asks of a spouse or relative, validated as a whole.</summary>
public sealed record FamilyMemberDetails
{
    /// <summary>The largest 所得の見積額 the form accepts (11 digits); larger amounts are typing errors.</summary>
    public const long MaxEstimatedIncome = 99_999_999_999;

    public static readonly RuleMessage IncomeOutOfRange = new("family.income_out_of_range", "所得の見積額は0円から99,999,999,999円までの金額で入力してください。");

    private FamilyMemberDetails()
    {
        Name = null!;
        NameKana = null!;
    }

    public string Name { get; private init; }

    public string NameKana { get; private init; }

    public FamilyRelationship Relationship { get; private init; }

    public DateOnly BirthDate { get; private init; }

    /// <summary>同居 (cohabiting): decides 同居老親等 and 同居特別障害者.</summary>
    public bool Cohabiting { get; private init; }

    public DisabilityKind Disability { get; private init; }

    /// <summary>非居住者: needs remittance documents and changes the dependant rules.</summary>
    public bool NonResident { get; private init; }

    /// <summary>所得の見積額 for the year, in yen; decides whether the person is a dependant at all.</summary>
    public Yen EstimatedIncome { get; private init; }

    public static FamilyMemberDetails Create(
        string name,
        string nameKana,
        FamilyRelationship relationship,
        DateOnly birthDate,
        bool cohabiting,
        DisabilityKind disability,
        bool nonResident,
        Yen estimatedIncome)
    {
        var problem = EmployeeProfile.CheckName(name) ?? EmployeeProfile.CheckKana(nameKana) ?? EmployeeProfile.CheckBirthDate(birthDate);
        if (problem is null && (estimatedIncome < Yen.Zero || estimatedIncome.Value > MaxEstimatedIncome))
        {
            problem = IncomeOutOfRange;
        }

        if (problem is not null)
        {
            throw new DomainRuleViolationException("employee.family_member_invalid", problem);
        }

        return new FamilyMemberDetails
        {
            Name = name,
            NameKana = nameKana,
            Relationship = relationship,
            BirthDate = birthDate,
            Cohabiting = cohabiting,
            Disability = disability,
            NonResident = nonResident,
            EstimatedIncome = estimatedIncome,
        };
    }
}
