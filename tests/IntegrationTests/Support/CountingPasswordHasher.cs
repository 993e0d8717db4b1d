using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>Wraps the real PBKDF2 hasher and counts its work, to prove which answers computed no hash.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher inner) : IPasswordHasher
{
    private int _verifies;

    public int Verifies => Volatile.Read(ref _verifies);

    public string Hash(string password) => inner.Hash(password);

    public PasswordCheck Verify(string hash, string password)
    {
        Interlocked.Increment(ref _verifies);
        return inner.Verify(hash, password);
    }
}
