using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Tenants;

internal sealed class TenantPurgeRecordConfiguration : IEntityTypeConfiguration<TenantPurgeRecord>
{
    public void Configure(EntityTypeBuilder<TenantPurgeRecord> builder)
    {
        builder.ToTable("TenantPurgeRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Slug).HasMaxLength(TenantSlug.MaxLength).IsRequired();
        builder.Property(r => r.Counts).HasMaxLength(TenantPurgeRecord.CountsMaxLength).IsRequired();

        // No foreign key to the tenant: the record is the operator's and must not depend on any tenant row.
        builder.HasIndex(r => r.TenantId).IsUnique();
    }
}
