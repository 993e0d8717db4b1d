using System.Security.Claims;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.Identity;

/// <summary>Reads the signed-in account from the authentication cookie's claims, never from the request body.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string AccountIdClaim = "yea:account";

    public AccountId? AccountId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(AccountIdClaim), out var id) ? new AccountId(id) : null;
}
