using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.UpdatePayerSettings;

/// <summary>Field by field, so the page puts each message next to its box; the domain repeats the same rules.</summary>
public sealed class UpdatePayerSettingsCommandValidator : AbstractValidator<UpdatePayerSettingsCommand>
{
    public UpdatePayerSettingsCommandValidator()
    {
        RuleFor(c => c.PayerName).Must(v => Trimmed(v).Length <= TenantSettings.PayerNameMaxLength)
            .WithMessage(_ => Messages.Get(MessageKeys.SettingsPayerNameTooLong, TenantSettings.PayerNameMaxLength));
        RuleFor(c => c.PayerAddress).Must(v => Trimmed(v).Length <= TenantSettings.PayerAddressMaxLength)
            .WithMessage(_ => Messages.Get(MessageKeys.SettingsPayerAddressTooLong, TenantSettings.PayerAddressMaxLength));
        RuleFor(c => c.PayerPhone).Must(v => Trimmed(v) is var p && p.Length <= TenantSettings.PayerPhoneMaxLength && p.All(c => char.IsAsciiDigit(c) || c == '-'))
            .WithMessage(_ => Messages.Get(MessageKeys.SettingsPayerPhoneInvalid, TenantSettings.PayerPhoneMaxLength));
        RuleFor(c => c.PayerCorporateNumber).Must(v => CorporateNumber.Check(Trimmed(v)) is null)
            .WithMessage(_ => Messages.Get(MessageKeys.SettingsCorporateNumberInvalid));
    }

    private static string Trimmed(string? value) => value?.Trim() ?? string.Empty;
}
