namespace YearEndAdjustment.Application.Tenants.GetPurgeStatus;

/// <param name="StartedAtUtc">Null when the purge has not started (the tenant only has an end date).</param>
public sealed record PurgeStatusDto(string Slug, string Status, DateOnly? ContractEndDate, DateTime? StartedAtUtc, DateTime? CompletedAtUtc, int Runs, string Counts);
