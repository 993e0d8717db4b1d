using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Employees;

internal sealed class PayrollTotalConfiguration : IEntityTypeConfiguration<PayrollTotal>
{
    public void Configure(EntityTypeBuilder<PayrollTotal> builder)
    {
        builder.ToTable("PayrollTotals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever().HasConversion(id => id.Value, v => new PayrollTotalId(v));
        builder.Property(p => p.TaxYear).HasConversion(y => y.Value, v => new TaxYear(v));
        builder.HasIndex(p => new { p.TenantId, p.EmployeeId, p.TaxYear }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.TaxYear });
        builder.HasOne<Employee>().WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Amounts);
        builder.Ignore(p => p.DomainEvents);
    }
}
