using YearEndAdjustment.Domain.Outputs;

namespace YearEndAdjustment.Application.Outputs.Contracts;

// The eLTAX 統一CSV (給与支払報告書 個人別明細書 + 源泉徴収票, forms-and-formats.md §3.6), written record by record so a
// 100,000-employee year streams in constant memory (ADR 0042).
public interface IUnifiedCsvWriter
{
    Task<UnifiedCsvSummary> WriteAsync(
        UnifiedCsvHeader header, IAsyncEnumerable<UnifiedCsvEntry> entries, Stream output, CancellationToken cancellationToken);
}

// 提出義務者 block: the numbers the tax office and eLTAX gave the payer.
public sealed record UnifiedCsvHeader(SlipPayer Payer, int TaxYear, string? ReferenceNumber1, string? BranchNumber, string? ReferenceNumber2);

// One employee. MyNumbers is null unless the caller holds ViewMyNumber and audited the export.
public sealed record UnifiedCsvEntry(
    WithholdingSlip Slip,
    string MunicipalityCode,
    string? DesignatedNumber,
    bool IsOfficer,
    SlipMyNumbers? MyNumbers);

// The 総括表 figures per municipality for the admin, plus the record count.
public sealed record UnifiedCsvSummary(int Records, IReadOnlyList<MunicipalityTotals> Municipalities);

public sealed record MunicipalityTotals(string MunicipalityCode, int Employees, int TaxOfficeCopies, long PaymentTotal, long WithholdingTaxTotal);
