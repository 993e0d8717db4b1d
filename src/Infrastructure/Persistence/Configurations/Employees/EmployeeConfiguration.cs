using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Employees;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    /// <summary>NFKC can lengthen a name (㈱ becomes (株)), so the keys get twice the name's room.</summary>
    public const int SearchKeyMaxLength = 2 * EmployeeProfile.NameMaxLength;

    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable("Employees");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Number)
            .HasConversion(n => n.Value, v => EmployeeNumber.Create(v))
            .HasMaxLength(EmployeeNumber.MaxLength)
            .IsRequired();
        builder.HasIndex(e => new { e.TenantId, e.Number }).IsUnique();

        // The list screen's indexes (ADR 0029), each proven by the 100,000-employee load benchmark; each costs about
        // 0.3 s of a 100,000-row import on SQLite (ADR 0021). Department filter in number order; name and kana search
        // as prefix ranges over normalised keys; the newest change, which stamps the cached department list.
        // LeaveDate rides along so the status filter and the bounded count are read from the index alone.
        builder.HasIndex(e => new { e.TenantId, e.Number, e.LeaveDate });
        builder.HasIndex(e => new { e.TenantId, e.DepartmentCode, e.Number, e.LeaveDate });
        builder.HasIndex(e => new { e.TenantId, e.NameSearch, e.Number, e.LeaveDate });
        builder.HasIndex(e => new { e.TenantId, e.KanaSearch, e.Number, e.LeaveDate });
        builder.HasIndex(e => new { e.TenantId, e.UpdatedAtUtc });
        builder.Property(e => e.NameSearch).HasMaxLength(SearchKeyMaxLength).IsRequired();
        builder.Property(e => e.KanaSearch).HasMaxLength(SearchKeyMaxLength).IsRequired();
        builder.Property(e => e.Name).HasMaxLength(EmployeeProfile.NameMaxLength).IsRequired();
        builder.Property(e => e.NameKana).HasMaxLength(EmployeeProfile.NameMaxLength).IsRequired();
        builder.Property(e => e.Gender).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.PostalCode).HasMaxLength(EmployeeProfile.PostalCodeLength);
        builder.Property(e => e.Address).HasMaxLength(EmployeeProfile.AddressMaxLength);
        builder.Property(e => e.DepartmentCode).HasMaxLength(EmployeeProfile.DepartmentCodeMaxLength);
        builder.Property(e => e.DepartmentName).HasMaxLength(EmployeeProfile.DepartmentNameMaxLength);
        builder.Property(e => e.Email).HasMaxLength(EmployeeProfile.EmailMaxLength);
        builder.Property(e => e.MunicipalityCode).HasMaxLength(MunicipalityCode.Length);
        builder.Property(e => e.MyNumberCiphertext).HasMaxLength(64);
        builder.Property(e => e.MyNumberLookup).HasMaxLength(ProtectedMyNumber.LookupLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.DomainEvents);
        builder.Ignore(e => e.Profile);
        builder.Ignore(e => e.HasMyNumber);

        builder.OwnsMany(e => e.FamilyMembers, member =>
        {
            member.ToTable("EmployeeFamilyMembers");
            member.WithOwner().HasForeignKey("EmployeeId");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever().HasConversion(id => id.Value, v => new FamilyMemberId(v));
            member.Property(m => m.Name).HasMaxLength(EmployeeProfile.NameMaxLength).IsRequired();
            member.Property(m => m.NameKana).HasMaxLength(EmployeeProfile.NameMaxLength).IsRequired();
            member.Property(m => m.Relationship).HasConversion<string>().HasMaxLength(16);
            member.Property(m => m.Disability).HasConversion<string>().HasMaxLength(16);
            member.Property(m => m.MyNumberCiphertext).HasMaxLength(64);
            member.Property(m => m.MyNumberLookup).HasMaxLength(ProtectedMyNumber.LookupLength);
        });
        builder.Navigation(e => e.FamilyMembers).HasField("_familyMembers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
