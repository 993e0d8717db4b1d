using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Persistence;

/// <summary>Each provider's migration set matches the model (the same check CI runs with dotnet ef).</summary>
public sealed class MigrationTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    [Fact]
    public void SqliteMigrations_HaveNoPendingModelChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void SqlServerMigrations_HaveNoPendingModelChanges()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgreSqlMigrations_HaveNoPendingModelChanges()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void PostgreSqlModel_ComparesEveryTextColumnByCodePoint()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        var text = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => (p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType) == typeof(string)).ToList();

        Assert.NotEmpty(text);
        Assert.All(text, p => Assert.Equal(PostgreSqlAppDbContext.OrdinalCollation, p.GetCollation()));
    }

    [Fact]
    public async Task Startup_AppliesEverySqliteMigration()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.IsType<SqliteAppDbContext>(db);
    }
}
