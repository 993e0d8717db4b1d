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
        builder.HasIndex(a => new { a.TenantId, a.Email });
        builder.HasIndex(a => new { a.TenantId, a.EmployeeId });
        builder.Property(a => a.DisplayName).HasMaxLength(Account.DisplayNameMaxLength).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(Account.EmailMaxLength);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Departments).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.PasswordHash).HasMaxLength(512).IsRequired();
        builder.Property(a => a.SecurityStamp).HasMaxLength(64).IsRequired();
        builder.Property(a => a.TwoFactorSecret).HasMaxLength(1024);
        builder.Property(a => a.RecoveryCodeHashes).HasMaxLength(1024).IsRequired();
        builder.Property(a => a.PreferredCulture).HasMaxLength(8);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.DomainEvents);
        builder.Ignore(a => a.EffectivePermissions);
        builder.Ignore(a => a.IsAdministrator);
        builder.Ignore(a => a.DepartmentCodes);
        builder.Ignore(a => a.HasPassword);
        builder.Ignore(a => a.RemainingRecoveryCodes);
    }
}
