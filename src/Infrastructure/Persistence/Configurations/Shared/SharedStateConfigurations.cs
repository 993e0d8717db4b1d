using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Infrastructure.Security;
using YearEndAdjustment.Infrastructure.Uploads;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Shared;

internal sealed class DataProtectionKeyRecordConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(DataProtectionKeyRecord.FriendlyNameMaxLength).IsRequired();
        builder.Property(k => k.Xml).IsRequired();
        builder.HasIndex(k => k.FriendlyName).IsUnique();
    }
}

internal sealed class CredentialAttemptConfiguration : IEntityTypeConfiguration<CredentialAttempt>
{
    public void Configure(EntityTypeBuilder<CredentialAttempt> builder)
    {
        builder.ToTable("CredentialAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.KeyHash).HasMaxLength(CredentialAttempt.KeyHashLength).IsFixedLength().IsUnicode(false).IsRequired();

        // Both budget queries seek one key's attempts inside the window.
        builder.HasIndex(a => new { a.KeyHash, a.AtUtc });
    }
}

internal sealed class PendingUploadConfiguration : IEntityTypeConfiguration<PendingUpload>
{
    public void Configure(EntityTypeBuilder<PendingUpload> builder)
    {
        builder.ToTable("PendingUploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Owner).HasMaxLength(PendingUpload.OwnerMaxLength).IsRequired();
        builder.Property(u => u.Content).IsRequired();
        builder.HasIndex(u => u.TenantId);
        builder.HasIndex(u => u.ExpiresAtUtc);
    }
}
