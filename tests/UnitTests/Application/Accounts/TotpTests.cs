using System.Text;
using YearEndAdjustment.Application.Accounts.Support;

namespace YearEndAdjustment.UnitTests.Application.Accounts;

public sealed class TotpTests
{
    // RFC 6238 Appendix B (SHA-1 key "12345678901234567890"); apps show the last six of the eight digits.
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_MatchesRfc6238Vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcSecret, unixSeconds / Totp.StepSeconds));

    [Fact]
    public void MatchingStep_AcceptsOneStepOfDrift_ButNotTwo()
    {
        var now = new DateTime(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc);
        var step = Totp.StepAt(now);

        Assert.Equal(step - 1, Totp.MatchingStep(RfcSecret, Totp.Code(RfcSecret, step - 1), now));
        Assert.Equal(step + 1, Totp.MatchingStep(RfcSecret, Totp.Code(RfcSecret, step + 1), now));
        Assert.NotEqual(step + 2, Totp.MatchingStep(RfcSecret, Totp.Code(RfcSecret, step + 2), now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("abcdef")]
    [InlineData("1234567")]
    public void MatchingStep_MalformedCode_IsNull(string code) =>
        Assert.Null(Totp.MatchingStep(RfcSecret, code, DateTime.UtcNow));

    [Fact]
    public void Base32_RoundTrips_AndMatchesRfc4648Vector()
    {
        Assert.Equal("MZXW6YTBOI", Totp.ToBase32(Encoding.ASCII.GetBytes("foobar")));
        var secret = Totp.NewSecret();
        Assert.Equal(secret, Totp.FromBase32(Totp.ToBase32(secret).ToLowerInvariant()));
    }

    [Fact]
    public void KeyUri_CarriesIssuerAndSecret()
    {
        var uri = Totp.KeyUri("年末調整クラウド (acme)", "taro", RfcSecret);

        Assert.StartsWith("otpauth://totp/", uri);
        Assert.Contains("secret=" + Totp.ToBase32(RfcSecret), uri);
        Assert.Contains("period=30", uri);
    }

    [Fact]
    public void RecoveryCodes_AreTenDistinct_AndHashIgnoresCaseAndHyphen()
    {
        var codes = SecretTokens.NewRecoveryCodes();

        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(SecretTokens.HashRecoveryCode(codes[0]), SecretTokens.HashRecoveryCode(codes[0].ToUpperInvariant().Replace("-", " ")));
        Assert.NotEqual(SecretTokens.HashRecoveryCode(codes[0]), SecretTokens.HashRecoveryCode(codes[1]));
    }
}
