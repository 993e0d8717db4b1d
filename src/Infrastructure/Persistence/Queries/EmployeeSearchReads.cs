using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>ADR 0069 on the server engines: the search's ranges as LINQ, the same expressions as <see cref="EmployeeSearch"/>'s.</summary>
internal sealed class EmployeeSearchReads(AppDbContext db) : IEmployeeSearchReads
{
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

    private IQueryable<Employee> Of(string? department) =>
        department is null ? db.Employees.AsNoTracking() : db.Employees.AsNoTracking().Where(e => e.DepartmentCode == department);
}
