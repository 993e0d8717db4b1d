namespace YearEndAdjustment.Infrastructure.Security.MyNumbers;

internal sealed class MyNumberProtectionOptions
{
    public const string Section = "Security";

    /// <summary>Base64 of 32 random bytes, from a secret store in production. When absent a key file is used.</summary>
    public string? MasterKey { get; set; }

    /// <summary>Where the embedded default keeps its generated master key file (owner read/write only).</summary>
    public string KeyDirectory { get; set; } = "data/keys";
}
