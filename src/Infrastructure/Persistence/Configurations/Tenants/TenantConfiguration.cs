using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Tenants;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Slug)
            .HasConversion(s => s.Value, v => TenantSlug.Create(v))
            .HasMaxLength(TenantSlug.MaxLength)
            .IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.DisplayName).HasMaxLength(Tenant.DisplayNameMaxLength).IsRequired();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Version).IsConcurrencyToken();

        // ADR 0060: moved by every change to the tenant's accounts and sessions; not the aggregate's business, so a shadow.
        builder.Property<int>(SessionsVersion.Column);
        builder.Ignore(t => t.DomainEvents);
    }
}
