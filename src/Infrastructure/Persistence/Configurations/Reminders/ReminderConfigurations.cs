using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Reminders;

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> builder)
    {
        builder.ToTable("ReminderSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SubjectJa).HasMaxLength(ReminderText.SubjectMaxLength).IsRequired();
        builder.Property(s => s.SubjectEn).HasMaxLength(ReminderText.SubjectMaxLength).IsRequired();
        builder.Property(s => s.BodyJa).HasMaxLength(ReminderText.BodyMaxLength).IsRequired();
        builder.Property(s => s.BodyEn).HasMaxLength(ReminderText.BodyMaxLength).IsRequired();
        builder.HasIndex(s => s.TenantId).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.Text);
        builder.Ignore(s => s.DomainEvents);
    }
}

internal sealed class ReminderScheduleConfiguration : IEntityTypeConfiguration<ReminderSchedule>
{
    public void Configure(EntityTypeBuilder<ReminderSchedule> builder)
    {
        builder.ToTable("ReminderSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TaxYear).HasConversion(y => y.Value, v => new TaxYear(v));
        builder.Property(s => s.DaysBefore).HasMaxLength(32).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.TaxYear }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.Days);
        builder.Ignore(s => s.DomainEvents);
    }
}

internal sealed class ReminderRoundConfiguration : IEntityTypeConfiguration<ReminderRound>
{
    public void Configure(EntityTypeBuilder<ReminderRound> builder)
    {
        builder.ToTable("ReminderRounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TaxYear).HasConversion(y => y.Value, v => new TaxYear(v));
        builder.Property(r => r.SlotKey).HasMaxLength(ReminderRound.SlotKeyMaxLength).IsRequired();

        // The once-only guarantee of a scheduled round: every node's insert of "d7" for the year but one fails.
        builder.HasIndex(r => new { r.TenantId, r.TaxYear, r.SlotKey }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.DomainEvents);
    }
}

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.ToTable("ReminderDeliveries");

        // The key is the per-recipient claim: one row per round and declaration.
        builder.HasKey(d => new { d.RoundId, d.DeclarationId });

        // One reminder per declaration and Japan date, whichever round claims it (ADR 0048). Rows from before the
        // rule have no day; SQL Server's unique index skips nulls by EF's filter, SQLite treats them as distinct.
        builder.HasIndex(d => new { d.DeclarationId, d.Day }).IsUnique();
        builder.Property(d => d.LastError).HasMaxLength(ReminderDelivery.ErrorMaxLength);
        builder.HasOne<ReminderRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
