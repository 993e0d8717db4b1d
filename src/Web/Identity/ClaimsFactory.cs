using System.Globalization;
using System.Security.Claims;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Application.Accounts.ValidateSession;

namespace YearEndAdjustment.Web.Identity;

public static class ClaimsFactory
{
    /// <summary>What the cookie carries right after sign-in.</summary>
    public static ClaimsPrincipal FromTicket(SessionTicket ticket) => Principal(
    [
        new(ClaimNames.Account, ticket.AccountId.ToString()),
        new(ClaimNames.Session, ticket.SessionId.ToString()),
        new(ClaimNames.Tenant, ticket.TenantId.ToString()),
        new(ClaimTypes.Name, ticket.DisplayName),
    ]);

    /// <summary>The principal of this request, rebuilt from the live session state (role changes apply at once).</summary>
    public static ClaimsPrincipal FromState(SessionState state, Guid tenantId)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Account, state.AccountId.ToString()),
            new(ClaimNames.Session, state.SessionId.ToString()),
            new(ClaimNames.Tenant, tenantId.ToString()),
            new(ClaimTypes.Name, state.DisplayName),
            new(ClaimTypes.Role, state.Role.ToString()),
            new(ClaimNames.Permissions, ((int)state.Permissions).ToString(CultureInfo.InvariantCulture)),
            new(ClaimNames.Departments, string.Join(',', state.Departments)),
        };
        if (state.MustChangePassword)
        {
            claims.Add(new(ClaimNames.MustChangePassword, "true"));
        }

        if (state.MustSetUpTwoFactor)
        {
            claims.Add(new(ClaimNames.MustSetUpTwoFactor, "true"));
        }

        if (state.TwoFactorEnabled)
        {
            claims.Add(new(ClaimNames.TwoFactor, "on"));
        }

        // From this request's session read, like the role: a relinked account is seen on its next request. Always
        // present (empty when not linked), so that use cases know the link was read and need not read it (ADR 0056).
        claims.Add(new(ClaimNames.Employee, state.EmployeeId is { } employee ? employee.Value.ToString() : ""));

        if (state.PreferredCulture is { } culture)
        {
            claims.Add(new(ClaimNames.Culture, culture));
        }

        return Principal(claims);
    }

    private static ClaimsPrincipal Principal(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, AuthConstants.Scheme, ClaimTypes.Name, ClaimTypes.Role));
}
