using Mediator;
using YearEndAdjustment.Application.Outputs.Support;

namespace YearEndAdjustment.Application.Outputs.GetMySlip;

/// <summary>The signed-in employee's own 源泉徴収票 (受給者交付用, never a My Number) from their published, current result.</summary>
public sealed record GetMySlipQuery(int TaxYear) : IQuery<SlipFile>;
