using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.AccessLogs;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever().HasConversion(id => id.Value, v => new AuditEntryId(v));
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(48);
        builder.Property(a => a.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        builder.Property(a => a.ClientAddress).HasMaxLength(AuditEntry.ClientAddressMaxLength);

        // No foreign keys: the trail must outlive the employee rows it mentions, until the tenant is purged.
        builder.HasIndex(a => new { a.TenantId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.TenantId, a.SubjectEmployeeId });

        // The retention job deletes across tenants by age (AuditTrail:RetentionDays).
        builder.HasIndex(a => a.OccurredAtUtc);
        builder.Ignore(a => a.DomainEvents);
    }
}
