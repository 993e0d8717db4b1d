namespace YearEndAdjustment.Domain.Outputs;

// Whether a slip must also go to the tax office (所得税法226条, 施行規則93条; NTA Tax Answer No.7411), which decides the
// 統一CSV's 作成区分 (forms-and-formats.md §3.5, §3.6): 2 = municipality and tax office, 1 = municipality only.
// The thresholds are data per year; "over" is strictly greater, as the NTA words it (「…を超えるもの」).
public sealed record TaxOfficeSubmissionThresholds(
    long AdjustedEmployee,
    long AdjustedOfficer,
    long LeaverEmployee,
    long LeaverOfficer,
    long SecondaryColumn,
    long NotAdjustedOverCeiling)
{
    // The same figures in 2024–2026 (unchanged since 平成; [C1] refs Tax Answer 7411 — ○ re-check each year).
    public static TaxOfficeSubmissionThresholds For(int taxYear)
    {
        SlipYearLayout.For(taxYear);
        return new(
            AdjustedEmployee: 5_000_000,
            AdjustedOfficer: 1_500_000,
            LeaverEmployee: 2_500_000,
            LeaverOfficer: 500_000,
            SecondaryColumn: 500_000,
            NotAdjustedOverCeiling: 0);
    }

    public bool Requires(WithholdingSlip slip, bool isOfficer)
    {
        ArgumentNullException.ThrowIfNull(slip);
        return Requires(slip.PaymentAmount, slip.IsAdjusted, slip.Ticks.SecondaryColumn, slip.JoinLeave?.Left == true, isOfficer);
    }

    // The same rule from stored figures (the 総括表 page counts without building slips).
    public bool Requires(long paid, bool adjusted, bool secondaryColumn, bool leftDuringYear, bool isOfficer)
    {
        if (adjusted)
        {
            return paid > (isOfficer ? AdjustedOfficer : AdjustedEmployee);
        }

        if (secondaryColumn)
        {
            return paid > SecondaryColumn;
        }

        if (leftDuringYear)
        {
            return paid > (isOfficer ? LeaverOfficer : LeaverEmployee);
        }

        // Not adjusted for another reason (over 20,000,000, non-resident...): every slip goes.
        return paid > NotAdjustedOverCeiling;
    }
}
