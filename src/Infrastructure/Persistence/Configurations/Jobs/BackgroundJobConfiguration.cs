using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Jobs;

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> builder)
    {
        builder.ToTable("BackgroundJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Kind).HasMaxLength(BackgroundJob.KindMaxLength).IsRequired();
        builder.Property(j => j.Payload).HasMaxLength(BackgroundJob.PayloadMaxLength).IsRequired();
        builder.Property(j => j.ConcurrencyKey).HasMaxLength(128);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Stage).HasMaxLength(64);
        builder.Property(j => j.Result).HasMaxLength(4000);
        builder.Property(j => j.ErrorCode).HasMaxLength(64);
        builder.Property(j => j.LeaseOwner).HasMaxLength(128);
        builder.Property(j => j.Version).IsConcurrencyToken();

        // The runners' poll: the oldest claimable job of any tenant.
        builder.HasIndex(j => new { j.State, j.CreatedAtUtc });
        builder.HasIndex(j => new { j.TenantId, j.ConcurrencyKey, j.State });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(j => j.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(j => j.DomainEvents);
        builder.Ignore(j => j.IsFinished);
    }
}
