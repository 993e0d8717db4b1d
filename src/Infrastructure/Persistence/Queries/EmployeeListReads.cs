using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.ListEmployees;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0062: the LINQ of the list's default shape was compiled anew (hashed and looked up in EF's query cache) on every
/// view, about a tenth of the page; these are compiled once per provider's model, as <see cref="RequestLookups"/> are.
/// </summary>
internal sealed class EmployeeListReads(AppDbContext db) : IEmployeeListReads
{
    public async Task<List<EmployeeListItemDto>> CurrentPageAsync(DateOnly today, string? department, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = (db, department) switch
        {
            (SqliteAppDbContext c, null) => For<SqliteAppDbContext>.Current(c, today, skip, take),
            (SqliteAppDbContext c, { } d) => For<SqliteAppDbContext>.CurrentOfDepartment(c, today, d, skip, take),
            (PostgreSqlAppDbContext c, null) => For<PostgreSqlAppDbContext>.Current(c, today, skip, take),
            (PostgreSqlAppDbContext c, { } d) => For<PostgreSqlAppDbContext>.CurrentOfDepartment(c, today, d, skip, take),
            (SqlServerAppDbContext c, null) => For<SqlServerAppDbContext>.Current(c, today, skip, take),
            (SqlServerAppDbContext c, { } d) => For<SqlServerAppDbContext>.CurrentOfDepartment(c, today, d, skip, take),
            _ => throw new NotSupportedException(db.GetType().Name),
        };

        var page = new List<EmployeeListItemDto>(take);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            page.Add(row);
        }

        return page;
    }

    private static class For<TContext>
        where TContext : AppDbContext
    {
        public static readonly Func<TContext, DateOnly, int, int, IAsyncEnumerable<EmployeeListItemDto>> Current = EF.CompileAsyncQuery(
            (TContext c, DateOnly today, int skip, int take) => c.Employees.AsNoTracking()
                .Where(e => e.LeaveDate == null || e.LeaveDate >= today)
                .OrderBy(e => e.Number).Skip(skip).Take(take)
                .Select(EmployeeListItemDto.FromEmployee));

        public static readonly Func<TContext, DateOnly, string, int, int, IAsyncEnumerable<EmployeeListItemDto>> CurrentOfDepartment = EF.CompileAsyncQuery(
            (TContext c, DateOnly today, string department, int skip, int take) => c.Employees.AsNoTracking()
                .Where(e => e.LeaveDate == null || e.LeaveDate >= today)
                .Where(e => e.DepartmentCode == department)
                .OrderBy(e => e.Number).Skip(skip).Take(take)
                .Select(EmployeeListItemDto.FromEmployee));
    }
}
