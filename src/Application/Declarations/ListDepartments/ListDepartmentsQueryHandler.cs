using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Declarations.ListDepartments;

/// <summary>Grouped in SQL: departments live only as codes on the employees (there is no department table yet).</summary>
public sealed class ListDepartmentsQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListDepartmentsQuery, IReadOnlyList<DepartmentDto>>
{
    public async ValueTask<IReadOnlyList<DepartmentDto>> Handle(ListDepartmentsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ReviewDeclarations);
        var mine = currentUser.Departments;
        var employees = db.Employees.AsNoTracking().Where(e => e.DepartmentCode != null);
        if (mine.Count > 0)
        {
            employees = employees.Where(e => mine.Contains(e.DepartmentCode!));
        }

        var rows = await employees
            .GroupBy(e => e.DepartmentCode!)
            .Select(g => new { Code = g.Key, Name = g.Max(e => e.DepartmentName), Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new DepartmentDto(r.Code, r.Name, r.Count))];
    }
}
