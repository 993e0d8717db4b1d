namespace YearEndAdjustment.Infrastructure.Security;

internal sealed class PasswordHashingOptions
{
    public const string Section = "PasswordHashing";

    public int Iterations { get; set; } = Pbkdf2PasswordHasher.MinimumIterations;
}
