using System.Security.Cryptography;
using System.Text;

namespace YearEndAdjustment.Application.Accounts.Support;

/// <summary>Random link tokens and recovery codes; only their SHA-256 hashes are stored.</summary>
public static class SecretTokens
{
    private const string RecoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    /// <summary>Ten codes like "k7m2p-x9q4r" (about 50 bits each): typed once, when the phone is lost.</summary>
    public static IReadOnlyList<string> NewRecoveryCodes() =>
        Enumerable.Range(0, 10)
            .Select(_ => RandomNumberGenerator.GetString(RecoveryAlphabet, 10).Insert(5, "-"))
            .ToList();

    /// <summary>Recovery codes are compared without case, spaces or hyphens, as people type them loosely.</summary>
    public static string HashRecoveryCode(string code) =>
        Hash(new string(code.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
