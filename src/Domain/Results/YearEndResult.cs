using System.Linq.Expressions;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Results;

/// <summary>
/// The stored year-end adjustment of one employee for one tax year (issue 12 items 5–6): every output member of the
/// calculator, its trace, the fingerprint of the input and the stamp of the rows it was computed from, and whether the
/// employee may see it. Replaced by each calculation run; a run whose input is unchanged keeps figures and
/// publication. Publishing is of these exact figures: new figures are unpublished until published again.
/// </summary>
public sealed class YearEndResult : AggregateRoot, ITenantOwned
{
    public const string StalePublishCode = "results.stale_publish";
    public const string NotPublishedCode = "results.not_published";

    private YearEndResult()
    {
        InputFingerprint = null!;
        TraceJson = null!;
    }

    public YearEndResultId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    public TaxYear TaxYear { get; private set; }

    public DeclarationId DeclarationId { get; private set; }

    public int DeclarationVersion { get; private set; }

    public int PayrollVersion { get; private set; }

    public DateTime PayrollUpdatedAtUtc { get; private set; }

    public DateOnly? LeaveDate { get; private set; }

    public string InputFingerprint { get; private set; }

    public Guid RunId { get; private set; }

    public DateTime ComputedAtUtc { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public AccountId? PublishedBy { get; private set; }

    public int Version { get; private set; }

    public NotAdjustedReason NotAdjustedReason { get; private set; }

    public bool IsAdjusted => NotAdjustedReason == NotAdjustedReason.None;

    public long SalaryTotal { get; private set; }

    public long WithheldTaxTotal { get; private set; }

    public long EmploymentIncome { get; private set; }

    public long IncomeAdjustmentDeduction { get; private set; }

    public long SalaryIncome { get; private set; }

    public long TotalIncome { get; private set; }

    public long SocialInsuranceDeduction { get; private set; }

    public long SmallEnterpriseMutualAidDeduction { get; private set; }

    public long LifeInsuranceGeneral { get; private set; }

    public long LifeInsuranceCareMedical { get; private set; }

    public long LifeInsurancePension { get; private set; }

    public long LifeInsuranceDeduction { get; private set; }

    public long EarthquakeInsuranceDeduction { get; private set; }

    public SpouseDeductionKind SpouseDeductionKind { get; private set; }

    public long SpouseDeduction { get; private set; }

    public int SpecificRelativeCount { get; private set; }

    public long SpecificRelativeDeduction { get; private set; }

    public int GeneralDependantCount { get; private set; }

    public int SpecificDependantCount { get; private set; }

    public int ElderlyDependantCount { get; private set; }

    public int CohabitingParentCount { get; private set; }

    public int YoungDependantCount { get; private set; }

    public long DependantDeduction { get; private set; }

    public long DisabilityDeduction { get; private set; }

    public long WidowDeduction { get; private set; }

    public long SingleParentDeduction { get; private set; }

    public long WorkingStudentDeduction { get; private set; }

    public long BasicDeduction { get; private set; }

    public long TotalDeductions { get; private set; }

    public long TaxableIncome { get; private set; }

    public long ComputedTax { get; private set; }

    public long HousingLoanCredit { get; private set; }

    public long TaxAfterHousingLoanCredit { get; private set; }

    public int FlatTaxCutPersons { get; private set; }

    public long FlatTaxCut { get; private set; }

    public long FlatTaxCutApplied { get; private set; }

    public long FlatTaxCutUnabsorbed { get; private set; }

    public long TaxAfterFlatTaxCut { get; private set; }

    public long AnnualTax { get; private set; }

    /// <summary>過不足額: negative = 超過額 (refunded), positive = 不足額 (collected).</summary>
    public long Difference { get; private set; }

    public long Refund => Difference < 0 ? -Difference : 0;

    public long Collection => Difference > 0 ? Difference : 0;

    /// <summary>The trace as <see cref="ResultTrace"/> stores it.</summary>
    public string TraceJson { get; private set; }

    /// <summary>
    /// The stored figures as the calculator's result, without the trace, for a query's projection (ADR 0052): a
    /// whole-year output reads these columns instead of calculating every employee again. Only for a result that
    /// <c>ResultStaleness</c> calls current, whose figures are then exactly what the stamped input gives.
    /// </summary>
    public static readonly Expression<Func<YearEndResult, StoredAdjustment>> StoredFigures = r => new StoredAdjustment(r.EmployeeId, r.DeclarationVersion, r.PayrollVersion, r.LeaveDate, new AdjustmentResult
    {
        TaxYear = r.TaxYear.Value,
        NotAdjustedReason = r.NotAdjustedReason,
        SalaryTotal = r.SalaryTotal,
        WithheldTaxTotal = r.WithheldTaxTotal,
        EmploymentIncome = r.EmploymentIncome,
        IncomeAdjustmentDeduction = r.IncomeAdjustmentDeduction,
        SalaryIncome = r.SalaryIncome,
        TotalIncome = r.TotalIncome,
        SocialInsuranceDeduction = r.SocialInsuranceDeduction,
        SmallEnterpriseMutualAidDeduction = r.SmallEnterpriseMutualAidDeduction,
        LifeInsuranceGeneral = r.LifeInsuranceGeneral,
        LifeInsuranceCareMedical = r.LifeInsuranceCareMedical,
        LifeInsurancePension = r.LifeInsurancePension,
        LifeInsuranceDeduction = r.LifeInsuranceDeduction,
        EarthquakeInsuranceDeduction = r.EarthquakeInsuranceDeduction,
        SpouseDeductionKind = r.SpouseDeductionKind,
        SpouseDeduction = r.SpouseDeduction,
        SpecificRelativeCount = r.SpecificRelativeCount,
        SpecificRelativeDeduction = r.SpecificRelativeDeduction,
        GeneralDependantCount = r.GeneralDependantCount,
        SpecificDependantCount = r.SpecificDependantCount,
        ElderlyDependantCount = r.ElderlyDependantCount,
        CohabitingParentCount = r.CohabitingParentCount,
        YoungDependantCount = r.YoungDependantCount,
        DependantDeduction = r.DependantDeduction,
        DisabilityDeduction = r.DisabilityDeduction,
        WidowDeduction = r.WidowDeduction,
        SingleParentDeduction = r.SingleParentDeduction,
        WorkingStudentDeduction = r.WorkingStudentDeduction,
        BasicDeduction = r.BasicDeduction,
        TotalDeductions = r.TotalDeductions,
        TaxableIncome = r.TaxableIncome,
        ComputedTax = r.ComputedTax,
        HousingLoanCredit = r.HousingLoanCredit,
        TaxAfterHousingLoanCredit = r.TaxAfterHousingLoanCredit,
        FlatTaxCutPersons = r.FlatTaxCutPersons,
        FlatTaxCut = r.FlatTaxCut,
        FlatTaxCutApplied = r.FlatTaxCutApplied,
        FlatTaxCutUnabsorbed = r.FlatTaxCutUnabsorbed,
        TaxAfterFlatTaxCut = r.TaxAfterFlatTaxCut,
        AnnualTax = r.AnnualTax,
        Difference = r.Difference,
    });

    public static YearEndResult Record(
        TenantId tenantId, EmployeeId employeeId, CalculationStamp stamp, string fingerprint, AdjustmentResult result, Guid runId, DateTime nowUtc)
    {
        if (tenantId == TenantId.None)
        {
            throw new DomainRuleViolationException("results.tenant_required", "計算結果はテナントに属する必要があります。");
        }

        var stored = new YearEndResult
        {
            Id = YearEndResultId.New(),
            TenantId = tenantId,
            EmployeeId = employeeId,
            TaxYear = new TaxYear(result.TaxYear),
            Version = 1,
        };
        stored.Apply(stamp, fingerprint, result, runId, nowUtc);
        return stored;
    }

    /// <summary>Whether the result computed from <paramref name="fingerprint"/> would be the stored one.</summary>
    public bool HasSameInput(string fingerprint) => string.Equals(InputFingerprint, fingerprint, StringComparison.Ordinal);

    /// <summary>Whether the stamp is the one the result was computed from (nothing changed since).</summary>
    public bool IsStampedWith(CalculationStamp stamp) =>
        DeclarationId == stamp.DeclarationId && DeclarationVersion == stamp.DeclarationVersion && PayrollVersion == stamp.PayrollVersion
        && PayrollUpdatedAtUtc == stamp.PayrollUpdatedAtUtc && LeaveDate == stamp.LeaveDate;

    /// <summary>
    /// The same input under a newer stamp (e.g. the deadline moved, or payroll re-imported with equal figures): the
    /// figures and publication stay, only the stamp moves, so the result is current again.
    /// </summary>
    public void Restamp(CalculationStamp stamp, Guid runId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        DeclarationId = stamp.DeclarationId;
        DeclarationVersion = stamp.DeclarationVersion;
        PayrollVersion = stamp.PayrollVersion;
        PayrollUpdatedAtUtc = stamp.PayrollUpdatedAtUtc;
        LeaveDate = stamp.LeaveDate;
        RunId = runId;
        ComputedAtUtc = nowUtc;
        Version++;
    }

    /// <summary>New figures replace the old; they are not published until someone publishes them.</summary>
    public void Replace(CalculationStamp stamp, string fingerprint, AdjustmentResult result, Guid runId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.TaxYear != TaxYear.Value)
        {
            throw new DomainRuleViolationException(AdjustmentCalculator.RulesYearMismatchCode, "別の年分の計算結果で置き換えることはできません。");
        }

        Apply(stamp, fingerprint, result, runId, nowUtc);
        IsPublished = false;
        PublishedAtUtc = null;
        PublishedBy = null;
        Version++;
    }

    /// <summary>Shows the result to the employee. A stale result is refused: it may not be what payroll will pay.</summary>
    public void Publish(ResultFreshness freshness, AccountId by, DateTime nowUtc)
    {
        if (freshness == ResultFreshness.Stale)
        {
            throw new DomainRuleViolationException(StalePublishCode, "申告書または給与の数字が計算後に変わっています。再計算してから公開してください。");
        }

        if (IsPublished)
        {
            return;
        }

        IsPublished = true;
        PublishedAtUtc = nowUtc;
        PublishedBy = by;
        Version++;
    }

    public void Unpublish()
    {
        if (!IsPublished)
        {
            return;
        }

        IsPublished = false;
        PublishedAtUtc = null;
        PublishedBy = null;
        Version++;
    }

    private void Apply(CalculationStamp stamp, string fingerprint, AdjustmentResult r, Guid runId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(r);
        if (fingerprint is not { Length: Results.InputFingerprint.Length })
        {
            throw new ArgumentException("A SHA-256 hex fingerprint is expected.", nameof(fingerprint));
        }

        DeclarationId = stamp.DeclarationId;
        DeclarationVersion = stamp.DeclarationVersion;
        PayrollVersion = stamp.PayrollVersion;
        PayrollUpdatedAtUtc = stamp.PayrollUpdatedAtUtc;
        LeaveDate = stamp.LeaveDate;
        InputFingerprint = fingerprint;
        RunId = runId;
        ComputedAtUtc = nowUtc;
        NotAdjustedReason = r.NotAdjustedReason;
        SalaryTotal = r.SalaryTotal;
        WithheldTaxTotal = r.WithheldTaxTotal;
        EmploymentIncome = r.EmploymentIncome;
        IncomeAdjustmentDeduction = r.IncomeAdjustmentDeduction;
        SalaryIncome = r.SalaryIncome;
        TotalIncome = r.TotalIncome;
        SocialInsuranceDeduction = r.SocialInsuranceDeduction;
        SmallEnterpriseMutualAidDeduction = r.SmallEnterpriseMutualAidDeduction;
        LifeInsuranceGeneral = r.LifeInsuranceGeneral;
        LifeInsuranceCareMedical = r.LifeInsuranceCareMedical;
        LifeInsurancePension = r.LifeInsurancePension;
        LifeInsuranceDeduction = r.LifeInsuranceDeduction;
        EarthquakeInsuranceDeduction = r.EarthquakeInsuranceDeduction;
        SpouseDeductionKind = r.SpouseDeductionKind;
        SpouseDeduction = r.SpouseDeduction;
        SpecificRelativeCount = r.SpecificRelativeCount;
        SpecificRelativeDeduction = r.SpecificRelativeDeduction;
        GeneralDependantCount = r.GeneralDependantCount;
        SpecificDependantCount = r.SpecificDependantCount;
        ElderlyDependantCount = r.ElderlyDependantCount;
        CohabitingParentCount = r.CohabitingParentCount;
        YoungDependantCount = r.YoungDependantCount;
        DependantDeduction = r.DependantDeduction;
        DisabilityDeduction = r.DisabilityDeduction;
        WidowDeduction = r.WidowDeduction;
        SingleParentDeduction = r.SingleParentDeduction;
        WorkingStudentDeduction = r.WorkingStudentDeduction;
        BasicDeduction = r.BasicDeduction;
        TotalDeductions = r.TotalDeductions;
        TaxableIncome = r.TaxableIncome;
        ComputedTax = r.ComputedTax;
        HousingLoanCredit = r.HousingLoanCredit;
        TaxAfterHousingLoanCredit = r.TaxAfterHousingLoanCredit;
        FlatTaxCutPersons = r.FlatTaxCutPersons;
        FlatTaxCut = r.FlatTaxCut;
        FlatTaxCutApplied = r.FlatTaxCutApplied;
        FlatTaxCutUnabsorbed = r.FlatTaxCutUnabsorbed;
        TaxAfterFlatTaxCut = r.TaxAfterFlatTaxCut;
        AnnualTax = r.AnnualTax;
        Difference = r.Difference;
        TraceJson = ResultTrace.Serialize(r.Trace);
    }
}

/// <summary>
/// A stored result's figures by employee, with the versions it was computed from so that a reader can tell that the
/// forms it read alongside are the same ones (<see cref="YearEndResult.StoredFigures"/>).
/// </summary>
public sealed record StoredAdjustment(EmployeeId EmployeeId, int DeclarationVersion, int PayrollVersion, DateOnly? LeaveDate, AdjustmentResult Result);
