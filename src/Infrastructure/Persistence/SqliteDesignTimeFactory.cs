using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model for the SQLite migration set (ADR 0006).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .AddInterceptors(new TenantGuardInterceptor())
            .Options;
        return new SqliteAppDbContext(options) { TenantContext = new TenantContext() };
    }
}
