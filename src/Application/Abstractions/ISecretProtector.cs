namespace YearEndAdjustment.Application.Abstractions;

/// <summary>Encrypts small secrets the application must read back (TOTP keys) before they reach the database.</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
