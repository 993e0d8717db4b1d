using System.Globalization;
using System.Security.Claims;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.Identity;

/// <summary>
/// Reads the signed-in account from the validated principal (rebuilt per request from the session), or, inside a
/// background job, the account the job runs as (<see cref="JobCaller"/>, ADR 0032).
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, JobCaller job) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public AccountId? AccountId => job.IsSet ? job.AccountId : Guid.TryParse(User?.FindFirstValue(ClaimNames.Account), out var id) ? new AccountId(id) : null;

    public Guid? SessionId => job.IsSet ? null : Guid.TryParse(User?.FindFirstValue(ClaimNames.Session), out var id) ? id : null;

    public AccountRole? Role => job.IsSet ? job.Role : Enum.TryParse<AccountRole>(User?.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public Permission Permissions => job.IsSet ? job.Permissions :
        int.TryParse(User?.FindFirstValue(ClaimNames.Permissions), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? (Permission)bits : Permission.None;

    public EmployeeId? EmployeeId => job.IsSet ? null : Guid.TryParse(User?.FindFirstValue(ClaimNames.Employee), out var id) ? new EmployeeId(id) : null;

    public bool EmployeeLinkRead => !job.IsSet && User?.FindFirst(ClaimNames.Employee) is not null;

    public IReadOnlyList<string> Departments => job.IsSet ? job.Departments :
        User?.FindFirstValue(ClaimNames.Departments)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
