using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Persistence.Converters;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Declarations;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.ToTable("Declarations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever().HasConversion(id => id.Value, v => new DeclarationId(v));
        builder.Property(d => d.TaxYear).HasConversion(y => y.Value, v => new TaxYear(v));
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.ReopenReason).HasMaxLength(Declaration.ReasonMaxLength);
        builder.Property(d => d.LastStep).HasMaxLength(Declaration.StepMaxLength);

        // One declaration per employee and year; the admin list (next issues) filters by year and status.
        builder.HasIndex(d => new { d.TenantId, d.EmployeeId, d.TaxYear }).IsUnique();

        // The dashboard's grouped counts (ADR 0040) read only these columns: an index-only scan, no row lookups.
        builder.HasIndex(d => new { d.TenantId, d.TaxYear, d.Status, d.WarningCount, d.Deadline, d.EmployeeId })
            .HasDatabaseName("IX_Declarations_Dashboard");

        // The admin list's sorts by status, submission and last change, the id breaking ties in the index (ADR 0038).
        builder.HasIndex(d => new { d.TenantId, d.TaxYear, d.Status, d.Id });
        builder.HasIndex(d => new { d.TenantId, d.TaxYear, d.SubmittedAtUtc, d.Id });
        builder.HasIndex(d => new { d.TenantId, d.TaxYear, d.UpdatedAtUtc, d.Id });

        // The list's "has check findings" filter (WarningCount > 0) as a range, not a probe of every declaration.
        builder.HasIndex(d => new { d.TenantId, d.TaxYear, d.WarningCount });

        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);

        // Declarations are kept for the statutory period (forms-and-formats.md §5.2): deleting an employee must not
        // take them along silently.
        builder.HasOne<Employee>().WithMany().HasForeignKey(d => d.EmployeeId).OnDelete(DeleteBehavior.Restrict);

        Json(builder.Property(d => d.Dependants)).IsRequired();
        Json(builder.Property(d => d.Basic)).IsRequired();
        Json(builder.Property(d => d.Insurance)).IsRequired();
        Json(builder.Property(d => d.HousingLoan));
        Json(builder.Property(d => d.ReturnComments)).IsRequired();

        builder.Ignore(d => d.Forms);
        builder.Ignore(d => d.Definition);
        builder.Ignore(d => d.IsEditable);
        builder.Ignore(d => d.DomainEvents);
    }

    private static PropertyBuilder<T> Json<T>(PropertyBuilder<T> property) =>
        property.HasConversion(JsonColumn.Converter<T>(), JsonColumn.Comparer<T>());
}
