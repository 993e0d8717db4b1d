using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Infrastructure.Jobs;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.JobName).HasMaxLength(64).IsRequired();
        builder.Property(j => j.SlotKey).HasMaxLength(32).IsRequired();
        builder.Property(j => j.ClaimedBy).HasMaxLength(128).IsRequired();
        builder.HasIndex(j => new { j.JobName, j.SlotKey }).IsUnique();

        // Taking over a stale claim must not race another node doing the same.
        builder.Property(j => j.Attempts).IsConcurrencyToken();
    }
}
