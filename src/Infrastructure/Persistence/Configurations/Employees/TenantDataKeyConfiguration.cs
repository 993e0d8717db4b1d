using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Security.MyNumbers;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Employees;

internal sealed class TenantDataKeyConfiguration : IEntityTypeConfiguration<TenantDataKey>
{
    public void Configure(EntityTypeBuilder<TenantDataKey> builder)
    {
        builder.ToTable("TenantDataKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.HasIndex(k => k.TenantId).IsUnique();
        builder.Property(k => k.WrappedKey).HasMaxLength(TenantDataKey.WrappedKeyLength).IsRequired();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
