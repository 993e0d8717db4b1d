using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Results;

internal sealed class YearEndResultConfiguration : IEntityTypeConfiguration<YearEndResult>
{
    public void Configure(EntityTypeBuilder<YearEndResult> builder)
    {
        builder.ToTable("YearEndResults");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever().HasConversion(id => id.Value, v => new YearEndResultId(v));
        builder.Property(r => r.TaxYear).HasConversion(y => y.Value, v => new TaxYear(v));
        builder.Property(r => r.DeclarationId).HasConversion(id => id.Value, v => new DeclarationId(v));
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.InputFingerprint).HasMaxLength(InputFingerprint.Length).IsUnicode(false).IsRequired();
        builder.Property(r => r.NotAdjustedReason).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.SpouseDeductionKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.TraceJson).IsRequired();

        // One result per employee and year; the list and the counts filter by year, then by publication.
        builder.HasIndex(r => new { r.TenantId, r.EmployeeId, r.TaxYear }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.TaxYear, r.IsPublished });
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Restrict);

        builder.Ignore(r => r.IsAdjusted);
        builder.Ignore(r => r.Refund);
        builder.Ignore(r => r.Collection);
        builder.Ignore(r => r.DomainEvents);
    }
}
