using Microsoft.EntityFrameworkCore.Metadata;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.ArchitectureTests.Support;

/// <summary>10. Every entity is tenant-owned and carries the named tenant filter, except the listed global ones.</summary>
public static class TenantIsolationRule
{
    public static RuleOutcome Check(IModel model, string filterName, params Type[] global)
    {
        var entities = model.GetEntityTypes().Where(e => !e.IsOwned()).ToList();
        var failures = new List<string>();
        foreach (var entity in entities.Where(e => !global.Contains(e.ClrType)))
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entity.ClrType))
            {
                failures.Add($"{entity.ClrType.FullName} (not ITenantOwned)");
            }

            if (!entity.GetDeclaredQueryFilters().Any(f => f.Key == filterName))
            {
                failures.Add($"{entity.ClrType.FullName} (no '{filterName}' query filter)");
            }
        }

        return new(entities.Count, failures);
    }
}
