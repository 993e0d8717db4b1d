using OtpNet;

namespace YearEndAdjustment.Application.Accounts.Support;

/// <summary>
/// Time-based one-time passwords as authenticator apps compute them (RFC 6238: 30-second steps, HMAC-SHA1,
/// 6 digits), computed by Otp.NET. One step either side is accepted for clock drift. Every call takes the time
/// explicitly because Otp.NET would otherwise read the real clock, and the project's clock is a TimeProvider.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    private const int Digits = 6;

    // RFC 6238 §5.2 suggests at most one step of network delay; authenticator apps drift by about that much.
    private static readonly VerificationWindow OneStepEitherSide = new(previous: 1, future: 1);

    public static byte[] NewSecret() => KeyGeneration.GenerateRandomKey(OtpHashMode.Sha1);

    public static long StepAt(DateTime utc) => new DateTimeOffset(AsUtc(utc), TimeSpan.Zero).ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] secret, long step) => Generator(secret).ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * StepSeconds));

    /// <summary>The step whose code matches, searching now−1 … now+1; null when none does.</summary>
    public static long? MatchingStep(byte[] secret, string? code, DateTime utcNow)
    {
        // Apps show "123 456"; people paste with spaces or hyphens.
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != Digits)
        {
            return null;
        }

        return Generator(secret).VerifyTotp(AsUtc(utcNow), digits, out var step, OneStepEitherSide) ? step : null;
    }

    /// <summary>RFC 4648 Base32 without padding, as authenticator apps expect the key.</summary>
    public static string ToBase32(byte[] data) => Base32Encoding.ToString(data).TrimEnd('=');

    /// <summary>Reads a key as people type it: any case, with spaces between groups, padded or not.</summary>
    public static byte[] FromBase32(string text)
    {
        var clean = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).TrimEnd('=');
        try
        {
            return Base32Encoding.ToBytes(clean);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("Not Base32.", e);
        }
    }

    /// <summary>
    /// The otpauth URI authenticator apps import (Google Authenticator key-URI format). Label and issuer are
    /// percent-encoded by Otp.NET, so a colon or space in either cannot change the URI's structure.
    /// </summary>
    public static string KeyUri(string issuer, string accountLabel, byte[] secret) =>
        new OtpUri(OtpType.Totp, secret, accountLabel, issuer, OtpHashMode.Sha1, Digits, StepSeconds).ToString();

    private static OtpNet.Totp Generator(byte[] secret) => new(secret, StepSeconds, OtpHashMode.Sha1, Digits);

    // Otp.NET counts ticks from the epoch whatever the DateTimeKind, so a local time would shift the step.
    private static DateTime AsUtc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
}
