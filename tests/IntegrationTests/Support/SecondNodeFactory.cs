namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>
/// A second node of <paramref name="first"/>'s deployment: its own process state (caches, pools) and its own empty
/// Data Protection key folder, the same database and master key. What one node changes, the other must honour, and
/// what one node protects (cookies, tokens) the other opens through the ring in the database (ADR 0028, 0046).
/// </summary>
public sealed class SecondNodeFactory(YeaWebApplicationFactory first) : AuthWebApplicationFactory
{
    protected override bool OnPostgreSql => first.UsesPostgreSql;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ConnectionStrings:Default"] = first.ConnectionString,
        ["Security:KeyDirectory"] = first.MasterKeyFolder,
        ["Demo:CreateOnFirstStart"] = "false",
    };
}
