using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>
/// Encrypts My Numbers with the current tenant's data key before they reach the database (R-34, ADR 0020).
/// Deleting the tenant's key makes every number it protected unreadable for good.
/// </summary>
public interface IMyNumberProtector
{
    /// <summary>Creates the tenant's data key if it has none yet, so a later write transaction never has to.</summary>
    ValueTask EnsureKeyAsync(CancellationToken cancellationToken = default);

    /// <summary>Ciphertext plus lookup value, ready to store.</summary>
    ValueTask<ProtectedMyNumber> ProtectAsync(MyNumber myNumber, CancellationToken cancellationToken = default);

    /// <summary>The keyed lookup value only: compares a number with stored ones without decrypting them.</summary>
    ValueTask<string> ComputeLookupAsync(MyNumber myNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Decrypts. Only the audited reveal use case and audited exports call this. Throws
    /// <see cref="Domain.SharedKernel.DomainRuleViolationException"/> (<c>my_number.unreadable</c>) when the key is gone.
    /// </summary>
    ValueTask<MyNumber> UnprotectAsync(byte[] ciphertext, CancellationToken cancellationToken = default);
}
