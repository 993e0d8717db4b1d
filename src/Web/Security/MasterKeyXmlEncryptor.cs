using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using YearEndAdjustment.Infrastructure.Security.MyNumbers;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// Keys at rest (issue 13 item 7, ADR 0043): each Data Protection key is written encrypted with AES-256-GCM under a
/// key derived from the master key (HKDF, its own label, so it never equals the key that wraps tenant keys).
/// </summary>
internal sealed class MasterKeyXmlEncryptor(MasterKeyCipher cipher) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var element = new XElement(MasterKeyCipher.ElementName,
            new XAttribute("version", "1"),
            new XComment(" Encrypted with a key derived from the YearEndAdjustment master key. "),
            new XElement("value", cipher.Seal(plaintextElement.ToString(SaveOptions.DisableFormatting))));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}

/// <summary>Created by Data Protection through its service provider when it reads a key written by the encryptor.</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<MasterKeyCipher>().Open(encryptedElement.Element("value")?.Value ?? ""));
}

/// <summary>AES-256-GCM with a master-key-derived key: nonce, ciphertext and tag, as base64.</summary>
internal sealed class MasterKeyCipher(MasterKeyProvider masterKey)
{
    public const string ElementName = "yeaMasterKeyEncrypted";
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private static readonly byte[] Info = "yea/data-protection-key-ring/v1"u8.ToArray();

    public string Seal(string plaintext)
    {
        var data = System.Text.Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceLength + data.Length + TagLength];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceLength));
        using (var aes = Cipher())
        {
            aes.Encrypt(output.AsSpan(0, NonceLength), data, output.AsSpan(NonceLength, data.Length), output.AsSpan(NonceLength + data.Length));
        }

        CryptographicOperations.ZeroMemory(data);
        return Convert.ToBase64String(output);
    }

    /// <exception cref="CryptographicException">The master key is not the one the key was written with.</exception>
    public string Open(string base64)
    {
        var input = Convert.FromBase64String(base64);
        if (input.Length < NonceLength + TagLength)
        {
            throw new CryptographicException("The encrypted Data Protection key is truncated.");
        }

        var data = new byte[input.Length - NonceLength - TagLength];
        try
        {
            using var aes = Cipher();
            aes.Decrypt(input.AsSpan(0, NonceLength), input.AsSpan(NonceLength, data.Length), input.AsSpan(NonceLength + data.Length), data);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new CryptographicException("The Data Protection key ring was encrypted with a different master key.");
        }

        var text = System.Text.Encoding.UTF8.GetString(data);
        CryptographicOperations.ZeroMemory(data);
        return text;
    }

    private AesGcm Cipher()
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey.Key.ToArray(), 32, salt: [], info: Info);
        try
        {
            return new AesGcm(key, TagLength);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
