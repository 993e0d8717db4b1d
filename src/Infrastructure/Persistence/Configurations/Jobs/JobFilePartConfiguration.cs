using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Infrastructure.Jobs.Files;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Jobs;

internal sealed class JobFilePartConfiguration : IEntityTypeConfiguration<JobFilePart>
{
    public void Configure(EntityTypeBuilder<JobFilePart> builder)
    {
        builder.ToTable("JobFileParts");
        builder.HasKey(p => new { p.JobId, p.Sequence });
        builder.Property(p => p.Content).IsRequired();

        // The file goes with its job: removing a job can never leave its parts behind.
        builder.HasOne<BackgroundJob>().WithMany().HasForeignKey(p => p.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
