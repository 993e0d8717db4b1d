using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Security;

/// <summary>
/// the framework's PasswordHasher (IdentityV3 format = PBKDF2-HMAC-SHA512) with the iteration count raised
/// to OWASP's 210,000 for SHA-512 (configurable upwards, never below). A hash with fewer iterations verifies as
/// "rehash needed", so raising the setting upgrades hashes at the next sign-in.
/// </summary>
internal sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    public const int MinimumIterations = 210_000;

    private readonly PasswordHasher<object> _hasher;

    public Pbkdf2PasswordHasher(IOptions<PasswordHashingOptions> options)
    {
        var iterations = Math.Max(MinimumIterations, options.Value.Iterations);
        _hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = iterations,
        }));
    }

    public string Hash(string password) => _hasher.HashPassword(Subject, password);

    public PasswordCheck Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(Subject, hash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Success,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
            _ => PasswordCheck.Failed,
        };

    // PasswordHasher<T> never reads the user object; one shared instance avoids an allocation per call.
    private static readonly object Subject = new();
}
