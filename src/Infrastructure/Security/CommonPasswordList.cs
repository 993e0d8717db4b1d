using System.Reflection;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Infrastructure.Security;

/// <summary>
/// passwords people pick most often (only those of 12+ characters matter, shorter ones fail the length rule),
/// bundled as a resource so no network is needed. Compared case-insensitively.
/// </summary>
internal sealed class CommonPasswordList : ICommonPasswordList
{
    private static readonly Lazy<HashSet<string>> Passwords = new(Load);

    public bool Contains(string password) => Passwords.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("common-passwords.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
