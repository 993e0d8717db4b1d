using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.LoginId)
            .HasConversion(l => l.Value, v => LoginId.Create(v))
            .HasMaxLength(LoginId.MaxLength)
            .IsRequired();
        builder.HasIndex(a => new { a.TenantId, a.LoginId }).IsUnique();
        builder.Property(a => a.DisplayName).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.PasswordHash).HasMaxLength(512).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.DomainEvents);
    }
}
