using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Declarations;

internal sealed class DeclarationChangeConfiguration : IEntityTypeConfiguration<DeclarationChange>
{
    public void Configure(EntityTypeBuilder<DeclarationChange> builder)
    {
        builder.ToTable("DeclarationChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DeclarationId).HasConversion(id => id.Value, v => new DeclarationId(v));
        builder.Property(c => c.Path).HasMaxLength(DeclarationChange.PathMaxLength).IsRequired();
        builder.Property(c => c.OldValue).HasMaxLength(DeclarationChange.ValueMaxLength);
        builder.Property(c => c.NewValue).HasMaxLength(DeclarationChange.ValueMaxLength);
        builder.HasIndex(c => new { c.TenantId, c.DeclarationId, c.OccurredAtUtc });
        builder.HasOne<Declaration>().WithMany().HasForeignKey(c => c.DeclarationId).OnDelete(DeleteBehavior.Restrict);
    }
}
