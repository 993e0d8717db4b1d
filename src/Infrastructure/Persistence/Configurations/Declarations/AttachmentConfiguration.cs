using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Declarations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.DeclarationId).HasConversion(id => id.Value, v => new DeclarationId(v));
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ContentType).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(Attachment.Sha256HexLength).IsFixedLength().IsRequired();
        builder.Property(a => a.FileName).HasMaxLength(Domain.Declarations.AttachmentFileName.MaxLength).IsRequired();
        builder.Ignore(a => a.DownloadFileName);
        builder.HasIndex(a => new { a.TenantId, a.DeclarationId, a.CreatedAtUtc });
        builder.HasIndex(a => new { a.TenantId, a.OwnerEmployeeId });
        builder.HasOne<Declaration>().WithMany().HasForeignKey(a => a.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.OwnerEmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}
