using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.Contracts;

/// <summary>
/// The enabled accounts a leaver can take down: by linked employee and by login ID. The ADMIN ID and the
/// acting account are left out, since neither is ever disabled by a bulk input.
/// </summary>
public sealed record DisableableAccounts(IReadOnlySet<EmployeeId> Employees, IReadOnlySet<string> LoginIds)
{
    public static readonly DisableableAccounts None = new(new HashSet<EmployeeId>(), new HashSet<string>(StringComparer.Ordinal));

    public bool Includes(EmployeeId? employee, string? loginId) =>
        (employee is { } id && Employees.Contains(id)) || (loginId is not null && LoginIds.Contains(loginId));
}
