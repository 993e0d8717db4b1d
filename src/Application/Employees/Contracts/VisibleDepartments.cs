using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Support;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>The tenant's department codes for a filter list (cached, ADR 0029), narrowed to a limited admin's departments.</summary>
public sealed class VisibleDepartments(DepartmentListCache departmentLists)
{
    public async Task<IReadOnlyList<string>> ListAsync(IAppDbContext db, IRequestLookups lookups, ICurrentUser user, TenantId tenant, CancellationToken cancellationToken)
    {
        var departments = await departmentLists.GetAsync(db, lookups, tenant, cancellationToken);
        var scope = user.Departments;
        return scope.Count == 0 ? departments : [.. departments.Where(d => EmployeeScope.Includes(scope, d))];
    }
}
