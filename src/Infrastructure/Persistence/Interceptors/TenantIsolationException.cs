namespace YearEndAdjustment.Infrastructure.Persistence.Interceptors;

/// <summary>A save tried to touch another tenant's data. Always a bug; shown to users as a generic error.</summary>
internal sealed class TenantIsolationException(string entityName)
    : InvalidOperationException($"Refused to save a {entityName} outside the current tenant.");
