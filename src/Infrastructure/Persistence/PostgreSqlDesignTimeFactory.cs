using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server or the web host (ADR 0045).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>()
            .UseNpgsql("Host=localhost;Database=yearendadjustment")
            .AddInterceptors(new TenantGuardInterceptor())
            .Options;
        return new PostgreSqlAppDbContext(options) { TenantContext = new TenantContext() };
    }
}
