using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Results;

namespace YearEndAdjustment.Application.Results.Support;

/// <summary>R-12 for results and declarations: a limited admin reaches only employees of their departments.</summary>
public static class ResultScope
{
    public static IQueryable<YearEndResult> Visible(IQueryable<YearEndResult> results, IAppDbContext db, ICurrentUser user)
    {
        if (user.Departments.Count == 0)
        {
            return results;
        }

        var visible = EmployeeScope.Visible(db.Employees, user).Select(e => e.Id);
        return results.Where(r => visible.Contains(r.EmployeeId));
    }

    public static IQueryable<Declaration> Visible(IQueryable<Declaration> declarations, IAppDbContext db, ICurrentUser user)
    {
        if (user.Departments.Count == 0)
        {
            return declarations;
        }

        var visible = EmployeeScope.Visible(db.Employees, user).Select(e => e.Id);
        return declarations.Where(d => visible.Contains(d.EmployeeId));
    }
}
