using Microsoft.Extensions.Options;

namespace YearEndAdjustment.Infrastructure.Security.MyNumbers;

/// <summary>
/// The key-encryption key that wraps every tenant's data key. Production passes it in configuration
/// (<c>Security:MasterKey</c>, from a secret store) so it never sits next to the database; the embedded SQLite default
/// creates <c>master.key</c> once under <c>Security:KeyDirectory</c>, readable by the service's user only.
/// </summary>
internal sealed class MasterKeyProvider(IOptions<MyNumberProtectionOptions> options)
{
    public const string FileName = "master.key";
    private const int KeyLength = 32;

    private readonly Lazy<byte[]> _key = new(() => Load(options.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    public ReadOnlySpan<byte> Key => _key.Value;

    private static byte[] Load(MyNumberProtectionOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return Decode(options.MasterKey, "Security:MasterKey");
        }

        var directory = Path.GetFullPath(options.KeyDirectory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            TryCreate(directory, path);
        }

        return Decode(File.ReadAllText(path).Trim(), path);
    }

    private static void TryCreate(string directory, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(KeyLength);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // Written under a private name, then renamed: a process that loses the race never reads a half-written key.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, fileOptions))
            {
                writer.Write(Convert.ToBase64String(key));
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
        }
        finally
        {
            File.Delete(temporary);
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The My Number master key in {source} is not base64.");
        }

        return key.Length == KeyLength
            ? key
            : throw new InvalidOperationException($"The My Number master key in {source} must be {KeyLength} bytes.");
    }
}
