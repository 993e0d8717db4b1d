using Microsoft.EntityFrameworkCore;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>Same model; owns the PostgreSQL migration set (ADR 0006, ADR 0045).</summary>
internal sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    /// <summary>
    /// PostgreSQL's byte-order collation. Every text column uses it, so comparisons, ranges and ORDER BY behave as on
    /// SQLite (BINARY): a search-key range is exactly a prefix match (ADR 0029), whatever locale the cluster was
    /// created with.
    /// </summary>
    public const string OrdinalCollation = "C";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Every column stored as text, including value objects converted to strings (employee numbers, login IDs).
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            var stored = property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType() ?? property.ClrType;
            if (stored == typeof(string))
            {
                property.SetCollation(OrdinalCollation);
            }
        }
    }
}
