using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>
/// ADR 0069: the search ranges of <see cref="EmployeeSearch"/> for a reader who sees every department, over every
/// employee (leavers too), as employee ids: what the declaration list's search starts from. Each provider reads them its
/// own way (kept statements on SQLite). Tenant-filtered like every read.
/// </summary>
public interface IEmployeeSearchReads
{
    /// <summary>The ids of employees (optionally of one department) whose name or kana key lies in [from, to), in that key's order, at most <paramref name="take"/>.</summary>
    Task<List<EmployeeId>> IdsByKeyAsync(string? department, SearchKeyKind kind, string from, string to, int take, CancellationToken cancellationToken);

    /// <summary>The id of the employee with this number (optionally of one department), if any.</summary>
    Task<List<EmployeeId>> IdsByNumberAsync(string? department, string number, CancellationToken cancellationToken);
}
