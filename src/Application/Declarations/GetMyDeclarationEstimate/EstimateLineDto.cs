namespace YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

/// <summary>One step of the calculation in plain words (the calculator's trace label in the UI language).</summary>
public sealed record EstimateLineDto(string Code, string Label, long Amount);
