using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// ADR 0064: Data Protection as the antiforgery tokens see it. Every page with a form (the layout's sign-out and language
/// forms: every page) asked it for an authenticated encryption of the same request token and a decryption of the same
/// cookie token, about a third of a signed-in page's time. Other purposes pass straight through.
/// </summary>
public sealed class MaskedAntiforgeryProtection(IDataProtectionProvider inner, TimeProvider clock) : IDataProtectionProvider
{
    /// <summary>The purpose string ASP.NET Core's antiforgery serializer asks for (fixed in the framework).</summary>
    public const string AntiforgeryPurpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";

    public IDataProtector CreateProtector(string purpose) =>
        purpose == AntiforgeryPurpose
            ? new MaskedKeptProtector(inner.CreateProtector(purpose), clock)
            : inner.CreateProtector(purpose);
}

/// <summary>
/// Keeps, per node, the ciphertext of each token text it protected and the text of each ciphertext it verified (exact
/// bytes, at most 5 minutes, bounded), and hands out every ciphertext masked with a fresh one-time pad: marker, pad,
/// ciphertext XOR pad. No two responses carry the same bytes, so a compressing proxy cannot leak the token through
/// response sizes (BREACH) even though the ciphertext underneath is reused — the masking Rails and Django use. The
/// mask hides nothing from the holder and adds nothing to forge: unmasking gives the ciphertext, which Data Protection
/// still authenticates (on any node) before its text is first kept. Unmasked ciphertexts (issued before) still verify.
/// </summary>
public sealed class MaskedKeptProtector(IDataProtector inner, TimeProvider clock) : IDataProtector
{
    /// <summary>A kept answer is computed again after this age (a retired key stops working within it).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    // Data Protection's payloads start with its magic header (0x09 …), never with this byte.
    internal const byte Marker = 0x4D;

    private const int Capacity = 10_000;

    private readonly Caching.KeptEntries<byte[]> _ciphertexts = new(Capacity, MaxAge, clock);
    private readonly Caching.KeptEntries<byte[]> _texts = new(Capacity, MaxAge, clock);

    public IDataProtector CreateProtector(string purpose) => inner.CreateProtector(purpose);

    public byte[] Protect(byte[] plaintext)
    {
        var key = Convert.ToBase64String(plaintext);
        if (!_ciphertexts.TryGet(key, out var ciphertext))
        {
            ciphertext = inner.Protect(plaintext);
            _ciphertexts.Set(key, ciphertext);
        }

        return Mask(ciphertext);
    }

    public byte[] Unprotect(byte[] protectedData)
    {
        var ciphertext = Unmask(protectedData);
        var key = Convert.ToBase64String(ciphertext);
        if (!_texts.TryGet(key, out var text))
        {
            // Throws on anything Data Protection does not authenticate; only verified texts are kept.
            text = inner.Unprotect(ciphertext);
            _texts.Set(key, text);
        }

        return (byte[])text.Clone();
    }

    internal static byte[] Mask(ReadOnlySpan<byte> ciphertext)
    {
        var masked = new byte[1 + 2 * ciphertext.Length];
        masked[0] = Marker;
        var pad = masked.AsSpan(1, ciphertext.Length);
        RandomNumberGenerator.Fill(pad);
        var body = masked.AsSpan(1 + ciphertext.Length);
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = (byte)(ciphertext[i] ^ pad[i]);
        }

        return masked;
    }

    internal static byte[] Unmask(byte[] data)
    {
        if (data.Length < 3 || data[0] != Marker || data.Length % 2 == 0)
        {
            return data;
        }

        var length = (data.Length - 1) / 2;
        var ciphertext = new byte[length];
        for (var i = 0; i < length; i++)
        {
            ciphertext[i] = (byte)(data[1 + length + i] ^ data[1 + i]);
        }

        return ciphertext;
    }
}
