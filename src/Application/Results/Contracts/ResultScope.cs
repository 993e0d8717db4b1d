using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Results;

namespace YearEndAdjustment.Application.Results.Contracts;

/// <summary>R-12 for results and declarations: a limited admin reaches only employees of their departments.</summary>
public static class ResultScope
{
    public static IQueryable<YearEndResult> Visible(IQueryable<YearEndResult> results, IAppDbContext db, ICurrentUser user)
    {
        if (user.Departments.Count == 0)
        {
            return results;
        }

        var visible = VisibleEmployees.To(user, db.Employees).Select(e => e.Id);
        return results.Where(r => visible.Contains(r.EmployeeId));
    }

    /// <summary>Whether an employee of <paramref name="departmentCode"/> is inside the user's departments (none = all).</summary>
    public static bool Includes(ICurrentUser user, string? departmentCode) =>
        user.Departments.Count == 0 || (departmentCode is not null && user.Departments.Contains(departmentCode, StringComparer.Ordinal));

    public static IQueryable<Declaration> Visible(IQueryable<Declaration> declarations, IAppDbContext db, ICurrentUser user)
    {
        if (user.Departments.Count == 0)
        {
            return declarations;
        }

        var visible = VisibleEmployees.To(user, db.Employees).Select(e => e.Id);
        return declarations.Where(d => visible.Contains(d.EmployeeId));
    }
}
