using Mediator;

namespace YearEndAdjustment.Application.Tenants.GetPayerSettings;

/// <summary>The payer settings for their page (ManageSettings).</summary>
public sealed record GetPayerSettingsQuery : IQuery<PayerSettingsDto>;

/// <summary><paramref name="DisplayName"/> is what the slips print while <paramref name="PayerName"/> is empty.</summary>
public sealed record PayerSettingsDto(string? PayerName, string? PayerAddress, string? PayerPhone, string? PayerCorporateNumber, string DisplayName, bool MayEdit);
