using Microsoft.AspNetCore.DataProtection;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Web.Security;

/// <summary>TOTP secrets are encrypted with the Data Protection key ring (kept under data/keys, never deleted).</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("YearEndAdjustment.TwoFactorSecret.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
