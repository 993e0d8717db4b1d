namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>
/// A second node of <paramref name="first"/>'s deployment: its own process state (caches, pools), the same database
/// and key rings. What one node changes, the other must honour (ADR 0028: every node is stateless).
/// </summary>
public sealed class SecondNodeFactory(YeaWebApplicationFactory first) : AuthWebApplicationFactory
{
    protected override bool OnPostgreSql => first.UsesPostgreSql;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ConnectionStrings:Default"] = first.ConnectionString,
        ["DataProtection:KeysFolder"] = first.DataProtectionKeysFolder,
        ["Security:KeyDirectory"] = first.MasterKeyFolder,
        ["Demo:CreateOnFirstStart"] = "false",
    };
}
