using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Identity;

namespace YearEndAdjustment.Web.Security;

/// <summary>One authorization policy per named permission ("perm:ManageAccounts"), checked against the live principal.</summary>
public static class PermissionPolicies
{
    public const string AnyAdmin = "perm:AnyAdmin";

    public static string For(Permission permission) => "perm:" + permission;

    public static void Add(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>().Where(p => p is not Permission.None and not Permission.All))
        {
            options.AddPolicy(For(permission), p => p.RequireAuthenticatedUser().RequireAssertion(c => Holds(c.User, permission)));
        }

        options.AddPolicy(AnyAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(c => Bits(c.User) != 0));
    }

    public static bool Holds(System.Security.Claims.ClaimsPrincipal user, Permission permission) => (HeldBy(user) & permission) == permission;

    public static Permission HeldBy(System.Security.Claims.ClaimsPrincipal user) => (Permission)Bits(user);

    private static int Bits(System.Security.Claims.ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(ClaimNames.Permissions)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;
}
