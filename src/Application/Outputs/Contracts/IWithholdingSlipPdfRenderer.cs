using YearEndAdjustment.Domain.Outputs;

namespace YearEndAdjustment.Application.Outputs.Contracts;

// Draws a 源泉徴収票 as PDF (ADR 0042). Two entry points so that the employee copy cannot carry a My Number by
// mistake: it has no way to receive one.
public interface IWithholdingSlipPdfRenderer
{
    // 受給者交付用: never a My Number nor the payer's corporate number (番号法, forms-and-formats.md §5.2).
    void RenderEmployeeCopy(WithholdingSlip slip, Stream output);

    // 税務署提出用: numbers only when the caller passes them (the handler decides from ViewMyNumber and audits).
    void RenderTaxOfficeCopy(WithholdingSlip slip, SlipMyNumbers? myNumbers, Stream output);
}
