namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// A My Number as it is stored: the ciphertext (AES-GCM under the tenant's data key) and a keyed, non-reversible
/// lookup value that lets the application find duplicates and unchanged numbers without decrypting (ADR 0020).
/// </summary>
public sealed record ProtectedMyNumber(byte[] Ciphertext, string Lookup)
{
    public const int LookupLength = 32;
}
