using System.Security.Cryptography;
using System.Text.Json;
using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Domain.Results;

/// <summary>
/// SHA-256 of the calculator input as JSON (member order is the declaration order, so equal inputs hash equally). A
/// re-run whose input hashes the same keeps the stored figures and their publication: nothing the employee was shown
/// changes.
/// </summary>
public static class InputFingerprint
{
    public const int Length = 64;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Of(AdjustmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(input, Json);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
