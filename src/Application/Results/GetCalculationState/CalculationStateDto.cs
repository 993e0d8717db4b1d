namespace YearEndAdjustment.Application.Results.GetCalculationState;

/// <summary>Counts within the admin's scope. NotRun: approved declarations without a result; Published: of the current ones.</summary>
public sealed record CalculationStateDto(int TaxYear, int NotRun, int Current, int Stale, int Published);
