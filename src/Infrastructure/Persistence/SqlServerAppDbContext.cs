using Microsoft.EntityFrameworkCore;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>Same model; owns the SQL Server migration set (EF docs, "Migrations with multiple providers").</summary>
internal sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
