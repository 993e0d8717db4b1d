using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Tenants;

internal sealed class TenantSettingsConfiguration : IEntityTypeConfiguration<TenantSettings>
{
    public void Configure(EntityTypeBuilder<TenantSettings> builder)
    {
        builder.ToTable("TenantSettings");
        builder.HasKey(s => s.TenantId);
        builder.HasOne<Tenant>().WithOne().HasForeignKey<TenantSettings>(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.PayerName).HasMaxLength(TenantSettings.PayerNameMaxLength);
        builder.Property(s => s.PayerAddress).HasMaxLength(TenantSettings.PayerAddressMaxLength);
        builder.Property(s => s.PayerPhone).HasMaxLength(TenantSettings.PayerPhoneMaxLength);
        builder.Property(s => s.PayerCorporateNumber).HasMaxLength(CorporateNumber.Length);
        builder.OwnsMany(s => s.IpAllowList, entry =>
        {
            entry.ToTable("TenantIpAllowList");
            entry.WithOwner().HasForeignKey("TenantId");
            entry.Property<int>("Id");
            entry.HasKey("Id");
            entry.Property(e => e.Value).HasMaxLength(64).IsRequired();
            entry.Property(e => e.Note).HasMaxLength(100);
        });
        builder.Navigation(s => s.IpAllowList).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.DomainEvents);
    }
}
