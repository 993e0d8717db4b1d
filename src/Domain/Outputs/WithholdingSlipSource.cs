using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Domain.Outputs;

// What one slip is built from. Result is the calculator's AdjustmentResult: today a fresh calculation, later the stored
// published result (the builder reads nothing else of it). Payroll is what the calculator was given; Forms are the
// approved declarations (Empty for a leaver who declared nothing). PreviousEmployers name the payers whose
// 源泉徴収票 were added (所得税法190条); when empty but Payroll has previous-employer amounts, 摘要 shows the amounts only.
public sealed record WithholdingSlipSource
{
    public required SlipPayer Payer { get; init; }

    public required SlipEmployee Employee { get; init; }

    public required PayrollFigures Payroll { get; init; }

    public required DeclarationForms Forms { get; init; }

    public required AdjustmentResult Result { get; init; }

    public IReadOnlyList<SlipPreviousEmployer> PreviousEmployers { get; init; } = [];

    // 役職名, when the payroll system has one.
    public string? Title { get; init; }
}
