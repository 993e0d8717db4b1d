using System.Globalization;
using System.Security.Claims;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.Identity;

/// <summary>Reads the signed-in account from the validated principal (rebuilt per request from the session).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public AccountId? AccountId => Guid.TryParse(User?.FindFirstValue(ClaimNames.Account), out var id) ? new AccountId(id) : null;

    public Guid? SessionId => Guid.TryParse(User?.FindFirstValue(ClaimNames.Session), out var id) ? id : null;

    public AccountRole? Role => Enum.TryParse<AccountRole>(User?.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public Permission Permissions =>
        int.TryParse(User?.FindFirstValue(ClaimNames.Permissions), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? (Permission)bits : Permission.None;

    public IReadOnlyList<string> Departments =>
        User?.FindFirstValue(ClaimNames.Departments)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
