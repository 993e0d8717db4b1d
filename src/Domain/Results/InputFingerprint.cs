using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    // One buffer and writer per thread: a calculation run hashes 100,000 inputs on one thread (ADR 0057).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    // A one-shot SHA256.HashData sets up the platform's digest on every call; a kept incremental hash does it once.
    [ThreadStatic]
    private static IncrementalHash? _sha256;

    public static string Of(AdjustmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(2048);
        var writer = _writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);

        // Source-generated, with the options the fingerprint was first defined with (compact, default names and
        // escaping): the same bytes as the reflection serialiser, so stored fingerprints stay valid (ADR 0057; a unit
        // test compares both over thousands of generated inputs).
        JsonSerializer.Serialize(writer, input, FingerprintJson.Default.AdjustmentInput);
        writer.Flush();
        var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(buffer.WrittenSpan);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        sha256.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(AdjustmentInput))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
