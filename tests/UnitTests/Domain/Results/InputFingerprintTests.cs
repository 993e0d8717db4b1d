using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.UnitTests.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Results;

/// <summary>
/// ADR 0057: the fingerprint is written by a source-generated serialiser. Every stored result's fingerprint was made
/// by the reflection serialiser with these options; a single byte of difference would make every result of every
/// tenant look changed on the next run (recalculated and unpublished), so both must agree on every input.
/// </summary>
public sealed class InputFingerprintTests
{
    private static readonly JsonSerializerOptions Reflection = new() { WriteIndented = false, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static string ByReflection(AdjustmentInput input) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(input, Reflection)));

    public static TheoryData<string> Scenarios() => ["nta-2024", "nta-2025", "nta-2026", "single", "other-income"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Fingerprint_IsTheReflectionSerialisersHash_ForTheWorkedExamples(string scenario)
    {
        var input = scenario switch
        {
            "nta-2024" => AdjustmentScenarios.NtaExample(2024),
            "nta-2025" => AdjustmentScenarios.NtaExample(2025),
            "nta-2026" => AdjustmentScenarios.NtaExample(2026),
            "single" => AdjustmentScenarios.Single(2025, 5_000_000, 120_000, 700_000),
            _ => AdjustmentScenarios.WithTotalIncome(2026, 1_330_001),
        };

        Assert.Equal(ByReflection(input), InputFingerprint.Of(input));
    }

    [Fact]
    public void Fingerprint_IsTheReflectionSerialisersHash_ForEveryGeneratedInput()
    {
        var differing = AdjustmentCalculatePropertyTests.Inputs.Value
            .Select((input, index) => (index, expected: ByReflection(input), actual: InputFingerprint.Of(input)))
            .Where(x => x.expected != x.actual)
            .Select(x => x.index)
            .ToList();

        Assert.Empty(differing);
        Assert.True(AdjustmentCalculatePropertyTests.Inputs.Value.Length >= 1_000);
    }

    [Fact]
    public void Fingerprint_OfTheNtaExample_IsPinned()
    {
        // Computed by the reflection serialiser before ADR 0057; pins the bytes independently of this test's options.
        Assert.Equal(PinnedNta2025, InputFingerprint.Of(AdjustmentScenarios.NtaExample(2025)));
    }

    private const string PinnedNta2025 = "1b6f4a3e5b9fec053794b776121202a89b9b5e22f04a28325f69014abf7d63a1";
}
