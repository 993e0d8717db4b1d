using Mediator;

namespace YearEndAdjustment.Application.Outputs.GetMunicipalitySummary;

/// <summary>The 総括表 figures per 提出先市町村コード for the year (ADR 0047), from the stored results in the admin's scope.</summary>
public sealed record GetMunicipalitySummaryQuery(int TaxYear) : IQuery<MunicipalitySummaryDto>;

/// <summary>
/// One 給与支払報告書（総括表） per municipality: 報告人員 (split into 特別徴収 and 普通徴収（退職者）), the payments and
/// tax on the reports, and how many of the slips also go to the tax office. <paramref name="MunicipalityCode"/> is
/// empty for employees whose code is not set yet (the 統一CSV needs it).
/// </summary>
public sealed record MunicipalityRow(
    string MunicipalityCode, int Employees, int SpecialCollection, int Leavers, long PaymentTotal, long WithholdingTaxTotal, int TaxOfficeCopies);

/// <summary><paramref name="StaleCount"/> results in scope are out of date; the figures then differ from what an export would refuse.</summary>
public sealed record MunicipalitySummaryDto(int TaxYear, IReadOnlyList<MunicipalityRow> Rows, int StaleCount)
{
    public int Employees => Rows.Sum(r => r.Employees);

    public long PaymentTotal => Rows.Sum(r => r.PaymentTotal);

    public long WithholdingTaxTotal => Rows.Sum(r => r.WithholdingTaxTotal);

    public int MissingCodes => Rows.Where(r => r.MunicipalityCode.Length == 0).Sum(r => r.Employees);
}
