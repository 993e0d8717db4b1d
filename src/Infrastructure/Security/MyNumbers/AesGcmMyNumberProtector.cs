using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Security.MyNumbers;

/// <summary>
/// ADR 0020. Each tenant has a random 256-bit data key, stored wrapped by the master key. Two subkeys are derived
/// from it with HKDF-SHA256: one for AES-256-GCM (random 96-bit nonce per number, the tenant id as associated data,
/// so ciphertext moved to another tenant fails), one for HMAC-SHA256 lookups. Scoped: the key is unwrapped once per
/// request or import, read in a scope of its own so it never competes with the handler's open queries.
/// </summary>
internal sealed class AesGcmMyNumberProtector(
    ITenantContext tenantContext,
    IServiceScopeFactory scopes,
    MasterKeyProvider masterKey,
    TimeProvider clock) : IMyNumberProtector, IDisposable
{
    private const byte FormatVersion = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private static readonly byte[] EncryptionInfo = "yea/my-number/encrypt/v1"u8.ToArray();
    private static readonly byte[] LookupInfo = "yea/my-number/lookup/v1"u8.ToArray();

    private AesGcm? _cipher;
    private byte[]? _lookupKey;
    private IncrementalHash? _lookupMac;
    private byte[]? _associatedData;

    // The last lookup computed, by number instance: an import computes a row's lookup to check it, then encrypts the
    // same instance at once; the memo saves the second HMAC (100,000 per large file).
    private (MyNumber Number, string Lookup)? _lastLookup;

    public async ValueTask EnsureKeyAsync(CancellationToken cancellationToken = default) =>
        await EnsureKeysAsync(create: true, cancellationToken);

    public async ValueTask<ProtectedMyNumber> ProtectAsync(MyNumber myNumber, CancellationToken cancellationToken = default)
    {
        await EnsureKeysAsync(create: true, cancellationToken);
        Span<byte> plaintext = stackalloc byte[MyNumber.Length];
        Encoding.ASCII.GetBytes(myNumber.RevealDigits(), plaintext);

        var output = new byte[1 + NonceLength + MyNumber.Length + TagLength];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        _cipher!.Encrypt(nonce, plaintext, output.AsSpan(1 + NonceLength, MyNumber.Length), output.AsSpan(1 + NonceLength + MyNumber.Length), _associatedData);
        CryptographicOperations.ZeroMemory(plaintext);
        return new ProtectedMyNumber(output, Lookup(myNumber));
    }

    public async ValueTask<string> ComputeLookupAsync(MyNumber myNumber, CancellationToken cancellationToken = default)
    {
        await EnsureKeysAsync(create: true, cancellationToken);
        return Lookup(myNumber);
    }

    public async ValueTask<MyNumber> UnprotectAsync(byte[] ciphertext, CancellationToken cancellationToken = default)
    {
        if (!await EnsureKeysAsync(create: false, cancellationToken)
            || ciphertext.Length != 1 + NonceLength + MyNumber.Length + TagLength
            || ciphertext[0] != FormatVersion)
        {
            throw Unreadable();
        }

        Span<byte> plaintext = stackalloc byte[MyNumber.Length];
        try
        {
            _cipher!.Decrypt(
                ciphertext.AsSpan(1, NonceLength), ciphertext.AsSpan(1 + NonceLength, MyNumber.Length),
                ciphertext.AsSpan(1 + NonceLength + MyNumber.Length), plaintext, _associatedData);
        }
        catch (AuthenticationTagMismatchException)
        {
            // A different (re-created) key, another tenant's ciphertext, or tampering: all the same to the caller.
            throw Unreadable();
        }

        var digits = Encoding.ASCII.GetString(plaintext);
        CryptographicOperations.ZeroMemory(plaintext);
        return MyNumber.Create(digits);
    }

    public void Dispose()
    {
        _lastLookup = null;
        _cipher?.Dispose();
        _lookupMac?.Dispose();
        if (_lookupKey is not null)
        {
            CryptographicOperations.ZeroMemory(_lookupKey);
        }
    }

    private string Lookup(MyNumber myNumber)
    {
        if (_lastLookup is { } last && ReferenceEquals(last.Number, myNumber))
        {
            return last.Lookup;
        }

        Span<byte> digits = stackalloc byte[MyNumber.Length];
        Encoding.ASCII.GetBytes(myNumber.RevealDigits(), digits);
        Span<byte> mac = stackalloc byte[32];

        // One keyed HMAC reused for the whole scope: a one-shot HashData sets the key up again for each of 100,000 rows.
        _lookupMac ??= IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _lookupKey!);
        _lookupMac.AppendData(digits);
        _lookupMac.GetHashAndReset(mac);
        CryptographicOperations.ZeroMemory(digits);
        var lookup = Convert.ToHexStringLower(mac[..(ProtectedMyNumber.LookupLength / 2)]);
        _lastLookup = (myNumber, lookup);
        return lookup;
    }

    /// <returns>False when the tenant has no key and <paramref name="create"/> is false.</returns>
    private async ValueTask<bool> EnsureKeysAsync(bool create, CancellationToken cancellationToken)
    {
        if (_cipher is not null)
        {
            return true;
        }

        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("My Numbers are protected per tenant; no tenant is bound.");
        var wrapped = await ReadWrappedKeyAsync(tenantId, cancellationToken);
        if (wrapped is null)
        {
            if (!create)
            {
                return false;
            }

            wrapped = await CreateKeyAsync(tenantId, cancellationToken);
        }

        var dataKey = Unwrap(tenantId, wrapped);
        try
        {
            var encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, salt: [], info: EncryptionInfo);
            _cipher = new AesGcm(encryptionKey, TagLength);
            CryptographicOperations.ZeroMemory(encryptionKey);
            _lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, salt: [], info: LookupInfo);
            _associatedData = tenantId.Value.ToByteArray();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }

        return true;
    }

    private async Task<byte[]?> ReadWrappedKeyAsync(TenantId tenantId, CancellationToken cancellationToken)
    {
        await using var scope = TenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.TenantDataKeys.AsNoTracking().Select(k => k.WrappedKey).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<byte[]> CreateKeyAsync(TenantId tenantId, CancellationToken cancellationToken)
    {
        var dataKey = RandomNumberGenerator.GetBytes(TenantDataKey.KeyLength);
        var wrapped = new byte[TenantDataKey.WrappedKeyLength];
        RandomNumberGenerator.Fill(wrapped.AsSpan(0, TenantDataKey.NonceLength));
        using (var kek = new AesGcm(masterKey.Key, TagLength))
        {
            kek.Encrypt(wrapped.AsSpan(0, TenantDataKey.NonceLength), dataKey,
                wrapped.AsSpan(TenantDataKey.NonceLength, TenantDataKey.KeyLength), wrapped.AsSpan(TenantDataKey.NonceLength + TenantDataKey.KeyLength),
                WrapAssociatedData(tenantId));
        }

        CryptographicOperations.ZeroMemory(dataKey);
        try
        {
            await using var scope = TenantScope(tenantId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.TenantDataKeys.Add(TenantDataKey.Create(tenantId, wrapped, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
            return wrapped;
        }
        catch (DbUpdateException)
        {
            // A concurrent first use created the key (unique index on TenantId); use that one.
            return await ReadWrappedKeyAsync(tenantId, cancellationToken) ?? throw new InvalidOperationException("The tenant data key could not be created.");
        }
    }

    private byte[] Unwrap(TenantId tenantId, byte[] wrapped)
    {
        var dataKey = new byte[TenantDataKey.KeyLength];
        try
        {
            using var kek = new AesGcm(masterKey.Key, TagLength);
            kek.Decrypt(wrapped.AsSpan(0, TenantDataKey.NonceLength), wrapped.AsSpan(TenantDataKey.NonceLength, TenantDataKey.KeyLength),
                wrapped.AsSpan(TenantDataKey.NonceLength + TenantDataKey.KeyLength), dataKey, WrapAssociatedData(tenantId));
            return dataKey;
        }
        catch (AuthenticationTagMismatchException)
        {
            // The master key changed or the row was copied from another tenant.
            throw Unreadable();
        }
    }

    private AsyncServiceScope TenantScope(TenantId tenantId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Enter(tenantId, tenantContext.Slug ?? "", tenantContext.DisplayName ?? "");
        return scope;
    }

    private static byte[] WrapAssociatedData(TenantId tenantId) => [.. "yea/tenant-data-key/v1/"u8, .. tenantId.Value.ToByteArray()];

    private static DomainRuleViolationException Unreadable() => new(
        "my_number.unreadable", "個人番号を復号できません。暗号鍵が削除されたか、データが破損しています。");
}
