using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YearEndAdjustment.Infrastructure.Operations;

namespace YearEndAdjustment.Infrastructure.Persistence.Configurations.Operations;

internal sealed class MaintenanceSwitchConfiguration : IEntityTypeConfiguration<MaintenanceSwitch>
{
    public void Configure(EntityTypeBuilder<MaintenanceSwitch> builder)
    {
        builder.ToTable("MaintenanceSwitch");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Message).HasMaxLength(MaintenanceSwitch.MessageMaxLength);
    }
}
