using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.ListEmployees;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0062: the LINQ of the list's default shape was compiled anew (hashed and looked up in EF's query cache) on every
/// view, about a tenth of the page; these are compiled once per provider's model, as <see cref="RequestLookups{TContext}"/> are.
/// The search's reads (ADR 0069), the list's and the declaration list's, stay LINQ on the server engines: their ranges
/// and IN lists vary per search; the same expressions as <see cref="EmployeeSearch"/>'s.
/// </summary>
internal sealed class EmployeeListReads<TContext>(TContext db) : IEmployeeListReads, IEmployeeSearchReads
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

    public Task<List<EmployeeId>> IdsByKeyAsync(string? department, SearchKeyKind kind, string from, string to, int take, CancellationToken cancellationToken) =>
        EmployeeSearch.KeyRange(Of(department), kind, from, to).Take(take).Select(e => e.Id).ToListAsync(cancellationToken);

    public Task<List<EmployeeId>> IdsByNumberAsync(string? department, string number, CancellationToken cancellationToken)
    {
        if (EmployeeNumber.Check(number) is not null)
        {
            return Task.FromResult(new List<EmployeeId>());
        }

        var value = EmployeeNumber.Create(number);
        return Of(department).Where(e => e.Number == value).Select(e => e.Id).ToListAsync(cancellationToken);
    }

    private IQueryable<Employee> CurrentOf(DateOnly today, string? department) =>
        Of(department).Where(e => e.LeaveDate == null || e.LeaveDate >= today);

    private IQueryable<Employee> Of(string? department) =>
        department is null ? db.Employees.AsNoTracking() : db.Employees.AsNoTracking().Where(e => e.DepartmentCode == department);
}
