namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

/// <summary>The queued job whose progress page the admin is sent to.</summary>
public sealed record OpenTaxYearResult(Guid JobId);
