using System.Security.Cryptography;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// Random one-time initial passwords. 16 characters from an alphabet without look-alikes
/// (0/O, 1/l/I), so they can be read from a printed opening notice: about 93 bits of entropy.
/// </summary>
public static class InitialPasswordGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    public const int Length = 16;

    /// <summary>Creates a new password from the operating system's cryptographic random source.</summary>
    public static string Create() => RandomNumberGenerator.GetString(Alphabet, Length);
}
