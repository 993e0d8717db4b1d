using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.ListEmployees;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0062: the LINQ of the list's default shape was compiled anew (hashed and looked up in EF's query cache) on every
/// view, about a tenth of the page; these are compiled once per provider's model, as <see cref="RequestLookups{TContext}"/> are.
/// </summary>
internal sealed class EmployeeListReads<TContext>(TContext db) : IEmployeeListReads
    where TContext : AppDbContext
{
    private static readonly Func<TContext, DateOnly, int, int, IAsyncEnumerable<EmployeeListItemDto>> Current = EF.CompileAsyncQuery(
        (TContext c, DateOnly today, int skip, int take) => c.Employees.AsNoTracking()
            .Where(e => e.LeaveDate == null || e.LeaveDate >= today)
            .OrderBy(e => e.Number).Skip(skip).Take(take)
            .Select(EmployeeListItemDto.FromEmployee));

    private static readonly Func<TContext, DateOnly, string, int, int, IAsyncEnumerable<EmployeeListItemDto>> CurrentOfDepartment = EF.CompileAsyncQuery(
        (TContext c, DateOnly today, string department, int skip, int take) => c.Employees.AsNoTracking()
            .Where(e => e.LeaveDate == null || e.LeaveDate >= today)
            .Where(e => e.DepartmentCode == department)
            .OrderBy(e => e.Number).Skip(skip).Take(take)
            .Select(EmployeeListItemDto.FromEmployee));

    public Task<List<EmployeeListItemDto>> CurrentPageAsync(DateOnly today, string? department, int skip, int take, CancellationToken cancellationToken) =>
        (department is null ? Current(db, today, skip, take) : CurrentOfDepartment(db, today, department, skip, take))
            .ReadAllAsync(take, cancellationToken);
}
