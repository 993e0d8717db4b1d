using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without a server or the web host (ADR 0006).</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=localhost;Database=YearEndAdjustment;Integrated Security=true;TrustServerCertificate=true")
            .AddInterceptors(new TenantGuardInterceptor())
            .Options;
        return new SqlServerAppDbContext(options) { TenantContext = new TenantContext() };
    }
}
