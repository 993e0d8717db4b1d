using Microsoft.EntityFrameworkCore;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>Same model; exists only so the SQLite migration set has its own context type (EF docs, "Migrations with multiple providers").</summary>
internal sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
