using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Domain.Outputs;

// Every box of one 給与所得の源泉徴収票 (forms-and-formats.md §2), copy-independent: the employee copy and the tax-office
// copy render the same record, and only the tax-office copy adds My Numbers, which this record never holds (§5).
// Amounts that the slip leaves blank are null (a leaver without adjustment has no 給与所得控除後の金額); counts of zero
// print as blank, as the NTA instructions do.
public sealed record WithholdingSlip
{
    public required SlipYearLayout Layout { get; init; }

    public required SlipPayer Payer { get; init; }

    public required SlipRecipient Recipient { get; init; }

    public bool IsAdjusted { get; init; }

    // 種別
    public string PaymentKind { get; init; } = "給料・賞与";

    public long PaymentAmount { get; init; }

    public long? EmploymentIncomeAfterDeduction { get; init; }

    public long? TotalDeductions { get; init; }

    public long WithholdingTax { get; init; }

    public SlipSpouseFlags SpouseFlags { get; init; }

    public long? SpouseDeduction { get; init; }

    public SlipCounts Counts { get; init; } = SlipCounts.None;

    public long? SocialInsurance { get; init; }

    // 内 小規模企業共済等掛金
    public long? SmallEnterpriseMutualAid { get; init; }

    public long? LifeInsuranceDeduction { get; init; }

    public long? EarthquakeInsuranceDeduction { get; init; }

    public long? HousingLoanCredit { get; init; }

    public SlipLifePremiums LifePremiums { get; init; } = SlipLifePremiums.None;

    public SlipHousingLoan? HousingLoan { get; init; }

    public long? SpouseTotalIncome { get; init; }

    public long? NationalPensionPremiums { get; init; }

    public long? OldLongTermPremium { get; init; }

    public long? BasicDeduction { get; init; }

    public long? IncomeAdjustmentDeduction { get; init; }

    // 2025 onward only (Layout.HasSpecificRelativeBoxes).
    public long? SpecificRelativeDeduction { get; init; }

    public SlipPerson? Spouse { get; init; }

    // The first four 控除対象扶養親族 (2025+: then the 特定親族) and the first four under 16; the rest go to 摘要.
    public IReadOnlyList<SlipPerson> Dependants { get; init; } = [];

    public IReadOnlyList<SlipPerson> YoungDependants { get; init; } = [];

    public IReadOnlyList<SlipPerson> OverflowDependants { get; init; } = [];

    public IReadOnlyList<SlipPerson> OverflowYoungDependants { get; init; } = [];

    public IReadOnlyList<SlipPreviousEmployer> PreviousEmployers { get; init; } = [];

    // 摘要 lines other than the overflow persons (previous employers, the 2024 flat cut), in print order.
    public IReadOnlyList<string> Remarks { get; init; } = [];

    public SlipStatusTicks Ticks { get; init; } = SlipStatusTicks.None;

    public SlipJoinLeave? JoinLeave { get; init; }

    public int TaxYear => Layout.Year;
}

// 支払者: the tenant as the slip's payer. The corporate number is printed on the tax-office copy only (§5.1).
public sealed record SlipPayer(string Name, string? Address, string? Phone, string? CorporateNumber);

public sealed record SlipRecipient(
    string EmployeeNumber,
    string Name,
    string NameKana,
    string? Address,
    string? Title,
    DateOnly BirthDate);

// A named person on the slip. EntryId links to the declaration row so that a caller allowed to see My Numbers can
// look the number up; Kind says in which list the person appears.
public sealed record SlipPerson(Guid EntryId, string Name, string NameKana, bool IsNonResident, SlipPersonKind Kind);

public enum SlipPersonKind
{
    Spouse,
    Dependant,
    SpecificRelative,
    YoungDependant,
}

// (源泉・特別)控除対象配偶者の有無等: 有 / 従有 / 老人. 従有 is the secondary-salary form's tick and never set here.
public readonly record struct SlipSpouseFlags(bool Has, bool Elderly);

// 控除対象扶養親族等の数 and the other counts of §2 #13–#16.
public sealed record SlipCounts(
    int Specific,
    int Elderly,
    int ElderlyCohabitingParents,
    int Other,
    int SpecificRelatives,
    int Young,
    int SpeciallyDisabled,
    int SpeciallyDisabledCohabiting,
    int OtherDisabled,
    int NonResidentRelatives)
{
    public static readonly SlipCounts None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

// 生命保険料の金額の内訳 (premiums, not deductions).
public sealed record SlipLifePremiums(long NewGeneral, long OldGeneral, long CareMedical, long NewPension, long OldPension)
{
    public static readonly SlipLifePremiums None = new(0, 0, 0, 0, 0);

    public bool IsEmpty => this == None;
}

// 住宅借入金等特別控除の額の内訳: one move-in here (the declaration holds one loan); 控除可能額 is the credit the form
// computed, which the applied credit may fall short of.
public sealed record SlipHousingLoan(
    int Count,
    long CreditAvailable,
    DateOnly ResidenceStartDate,
    HousingLoanCategory Category,
    long YearEndBalance)
{
    // The class code printed on the slip (住 / 認 / 増 / 震), forms-and-formats.md §2 note.
    public string CategoryLabel => Category switch
    {
        HousingLoanCategory.Certified => "認",
        HousingLoanCategory.SpecifiedRenovation => "増",
        HousingLoanCategory.EarthquakeRetrofit => "震",
        _ => "住",
    };
}

public sealed record SlipPreviousEmployer(
    string? Name,
    string? Address,
    long Salary,
    long TaxWithheld,
    long SocialInsurance,
    DateOnly? LeaveDate);

// The tick boxes of §2 #33–#34.
public sealed record SlipStatusTicks(
    bool Minor,
    bool Foreigner,
    bool DeathRetirement,
    bool Disaster,
    bool SecondaryColumn,
    bool SelfSpeciallyDisabled,
    bool SelfOtherDisabled,
    bool Widow,
    bool SingleParent,
    bool WorkingStudent)
{
    public static readonly SlipStatusTicks None = new(false, false, false, false, false, false, false, false, false, false);
}

// 中途就・退職: at most one of the two within the tax year is printed; a leave wins over a join in the same year.
public sealed record SlipJoinLeave(bool Joined, bool Left, DateOnly Date);
