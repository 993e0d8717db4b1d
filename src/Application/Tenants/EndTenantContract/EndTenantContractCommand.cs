using Mediator;

namespace YearEndAdjustment.Application.Tenants.EndTenantContract;

/// <summary>
/// Operator command: records the date the tenant's contract ends (the site closes that day), or withdraws it
/// before then with <paramref name="Cancel"/>. Setting a date posts a contract-end announcement to the tenant.
/// </summary>
public sealed record EndTenantContractCommand(string Slug, DateOnly? EndDate, bool Cancel = false) : ICommand<EndTenantContractResult>;
