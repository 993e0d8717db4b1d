namespace YearEndAdjustment.Infrastructure.Persistence;

internal sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";

    /// <summary><c>Sqlite</c> (embedded default), <c>SqlServer</c> or <c>PostgreSql</c> (servers; ADR 0006, 0045).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Apply pending migrations at start; on by default so a fresh machine needs no extra step.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
