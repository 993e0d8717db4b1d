using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>Same model; owns the SQL Server migration set (EF docs, "Migrations with multiple providers").</summary>
internal sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, ITenantContext tenantContext)
    : AppDbContext(options, tenantContext);
