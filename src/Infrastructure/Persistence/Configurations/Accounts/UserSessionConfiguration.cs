using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.TenantId, s.AccountId });
        builder.Property(s => s.SecurityStamp).HasMaxLength(64).IsRequired();
        builder.Ignore(s => s.DomainEvents);
    }
}
