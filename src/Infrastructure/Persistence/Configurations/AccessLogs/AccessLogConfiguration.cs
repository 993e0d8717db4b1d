using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.AccessLogs;

internal sealed class AccessLogConfiguration : IEntityTypeConfiguration<AccessLog>
{
    public void Configure(EntityTypeBuilder<AccessLog> builder)
    {
        builder.ToTable("AccessLogs");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();

        // No foreign key to Tenants: site-wide requests use TenantId.None, and logs must never block a write.
        builder.HasIndex(a => new { a.TenantId, a.OccurredAtUtc });
        builder.HasIndex(a => a.OccurredAtUtc);

        // The log screen's login-ID filter, newest first (ADR 0029).
        builder.HasIndex(a => new { a.TenantId, a.AccountId, a.OccurredAtUtc });
        builder.Property(a => a.Method).HasMaxLength(AccessLog.MethodMaxLength).IsRequired();
        builder.Property(a => a.Path).HasMaxLength(AccessLog.PathMaxLength).IsRequired();
        builder.Property(a => a.ClientIp).HasMaxLength(AccessLog.ClientIpMaxLength);
        builder.Property(a => a.UserAgent).HasMaxLength(AccessLog.UserAgentMaxLength);
        builder.Property(a => a.SessionId).HasMaxLength(AccessLog.SessionIdMaxLength);
        builder.Ignore(a => a.DomainEvents);
    }
}
