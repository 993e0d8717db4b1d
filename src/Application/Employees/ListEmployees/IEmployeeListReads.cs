using YearEndAdjustment.Application.Employees.Contracts;

namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>
/// The employee list's most viewed shape, precompiled per provider (ADR 0062): an admin with every department in scope
/// looking at current employees, optionally of one department, in number order; and the same shape searched (ADR 0069).
/// Tenant-filtered like every read.
/// </summary>
public interface IEmployeeListReads
{
    Task<List<EmployeeListItemDto>> CurrentPageAsync(DateOnly today, string? department, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The numbers of the shape's employees whose name or kana key lies in [from, to), in that key's order, at most <paramref name="take"/>.</summary>
    Task<List<string>> CurrentNumbersByKeyAsync(
        DateOnly today, string? department, SearchKeyKind kind, string from, string to, int take, CancellationToken cancellationToken);

    /// <summary>The shape's employees with these numbers (a page of search matches, or an exact number), in any order.</summary>
    Task<List<EmployeeListItemDto>> CurrentByNumbersAsync(
        DateOnly today, string? department, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken);
}
