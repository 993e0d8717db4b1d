using Mediator;

namespace YearEndAdjustment.Application.Tenants.UpdatePayerSettings;

/// <summary>The payer (支払者) printed on the withholding slips and written to the 統一CSV. Blank clears a field.</summary>
public sealed record UpdatePayerSettingsCommand(string? PayerName, string? PayerAddress, string? PayerPhone, string? PayerCorporateNumber) : ICommand;
