using Microsoft.EntityFrameworkCore;

namespace YearEndAdjustment.ArchitectureTests.Fixtures;

/// <summary>A model with an entity that is neither tenant-owned nor filtered (rule 10 must catch it).</summary>
public sealed class FixtureDbContext(DbContextOptions<FixtureDbContext> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();
}
