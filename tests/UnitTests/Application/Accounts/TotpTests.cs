using System.Text;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

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

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void MatchingStep_AcceptsRfc6238Vectors_AtTheirTime(long unixSeconds, string expected) =>
        Assert.Equal(unixSeconds / Totp.StepSeconds, Totp.MatchingStep(RfcSecret, expected, DateTime.UnixEpoch.AddSeconds(unixSeconds)));

    [Fact]
    public void MatchingStep_ReadsALocalTimeAsTheSameInstant()
    {
        // Otp.NET counts ticks whatever the DateTimeKind; the wrapper must not let a local time shift the step.
        var utc = new DateTime(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc);
        var code = Totp.Code(RfcSecret, Totp.StepAt(utc));

        Assert.Equal(Totp.StepAt(utc), Totp.StepAt(utc.ToLocalTime()));
        Assert.Equal(Totp.StepAt(utc), Totp.MatchingStep(RfcSecret, code, utc.ToLocalTime()));
    }

    [Fact]
    public void MatchingStep_AcceptsSpacedCode() =>
        Assert.Equal(1111111111L / Totp.StepSeconds, Totp.MatchingStep(RfcSecret, "050 471", DateTime.UnixEpoch.AddSeconds(1111111111L)));

    [Fact]
    public void ReplayedCode_StillMatchesItsStep_ButTheAccountRefusesIt()
    {
        // The matched step, not the code, is what the account stores; a code typed twice within its window is refused.
        var now = new DateTime(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc);
        var account = Account.Register(TenantId.New(), LoginId.Create("taro"), "山田太郎", null, AccountRole.General, Permission.None, [], now);
        account.BeginTwoFactorSetup("protected");
        account.EnableTwoFactor(Totp.StepAt(now) - 5, ["h1"]);
        var code = Totp.Code(RfcSecret, Totp.StepAt(now));

        var first = Totp.MatchingStep(RfcSecret, code, now);
        var again = Totp.MatchingStep(RfcSecret, code, now.AddSeconds(20));

        Assert.Equal(first, again);
        Assert.True(account.TryAcceptTwoFactorStep(first!.Value));
        Assert.False(account.TryAcceptTwoFactorStep(again!.Value));
    }

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
        Assert.Equal(20, secret.Length);
    }

    [Fact]
    public void Base32_ReadsGroupedAndPaddedKeys_AndRejectsOtherCharacters()
    {
        Assert.Equal(Encoding.ASCII.GetBytes("foobar"), Totp.FromBase32("MZXW 6YTB OI"));
        Assert.Equal(Encoding.ASCII.GetBytes("foobar"), Totp.FromBase32("MZXW6YTBOI======"));
        Assert.Throws<FormatException>(() => Totp.FromBase32("MZ1W"));
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
    public void KeyUri_PercentEncodesIssuerAndAccount_AsTheKeyUriFormatAsks()
    {
        const string issuer = "年末調整クラウド (acme)";
        var uri = Totp.KeyUri(issuer, "taro:x y", RfcSecret);

        // Spaces as %20 (not '+'), the account's own colon escaped so only the issuer separator stays literal.
        Assert.Equal(
            "otpauth://totp/%E5%B9%B4%E6%9C%AB%E8%AA%BF%E6%95%B4%E3%82%AF%E3%83%A9%E3%82%A6%E3%83%89%20%28acme%29:taro%3Ax%20y" +
            "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" +
            "&issuer=%E5%B9%B4%E6%9C%AB%E8%AA%BF%E6%95%B4%E3%82%AF%E3%83%A9%E3%82%A6%E3%83%89%20%28acme%29" +
            "&algorithm=SHA1&digits=6&period=30",
            uri);
        var parsed = new Uri(uri);
        Assert.Equal(issuer + ":taro:x y", Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/')));
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
