namespace YearEndAdjustment.Application.Abstractions;

/// <summary>PBKDF2 password hashing. Implemented in Infrastructure with the framework's PasswordHasher.</summary>
public interface IPasswordHasher
{
    /// <summary>Hashes a password with the current parameters.</summary>
    string Hash(string password);

    /// <summary>Verifies a password; <see cref="PasswordCheck.SuccessRehashNeeded"/> when the parameters changed.</summary>
    PasswordCheck Verify(string hash, string password);
}
