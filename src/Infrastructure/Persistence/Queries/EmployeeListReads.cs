using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.ListEmployees;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0062: the LINQ of the list's default shape was compiled anew (hashed and looked up in EF's query cache) on every
/// view, about a tenth of the page; these are compiled once per provider's model, as <see cref="RequestLookups{TContext}"/> are.
/// The search's reads (ADR 0069) stay LINQ on the server engines: their ranges and IN lists vary per search.
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

    public async Task<List<string>> CurrentNumbersByKeyAsync(
        DateOnly today, string? department, SearchKeyKind kind, string from, string to, int take, CancellationToken cancellationToken) =>
        (await EmployeeSearch.KeyRange(CurrentOf(today, department), kind, from, to).Take(take).Select(e => e.Number).ToListAsync(cancellationToken))
            .ConvertAll(n => n.Value);

    public Task<List<EmployeeListItemDto>> CurrentByNumbersAsync(
        DateOnly today, string? department, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        // Only well-formed numbers can be stored; anything else matches nothing (and would not convert).
        var wanted = numbers.Where(n => EmployeeNumber.Check(n) is null).Select(EmployeeNumber.Create).ToList();
        return CurrentOf(today, department).Where(e => wanted.Contains(e.Number)).Select(EmployeeListItemDto.FromEmployee).ToListAsync(cancellationToken);
    }

    private IQueryable<Employee> CurrentOf(DateOnly today, string? department)
    {
        var current = db.Employees.AsNoTracking().Where(e => e.LeaveDate == null || e.LeaveDate >= today);
        return department is null ? current : current.Where(e => e.DepartmentCode == department);
    }
}
