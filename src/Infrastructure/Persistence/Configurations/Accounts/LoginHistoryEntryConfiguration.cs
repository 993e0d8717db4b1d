using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class LoginHistoryEntryConfiguration : IEntityTypeConfiguration<LoginHistoryEntry>
{
    public void Configure(EntityTypeBuilder<LoginHistoryEntry> builder)
    {
        builder.ToTable("LoginHistory");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.TenantId, e.AccountId, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.TenantId, e.OccurredAtUtc });
        builder.Property(e => e.AttemptedLoginId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ClientIp).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(512);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.Ignore(e => e.DomainEvents);
    }
}
