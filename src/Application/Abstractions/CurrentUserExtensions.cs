using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>Resource checks handlers run on top of the pages' policies (defence in depth).</summary>
public static class CurrentUserExtensions
{
    /// <summary>The signed-in account, or a 403 when nobody is signed in.</summary>
    public static AccountId RequireAccount(this ICurrentUser user) =>
        user.AccountId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenSignInRequired);

    /// <summary>Throws 403 unless the signed-in account holds the permission.</summary>
    public static AccountId RequirePermission(this ICurrentUser user, Permission permission)
    {
        var id = user.RequireAccount();
        if ((user.Permissions & permission) != permission)
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenPermission);
        }

        return id;
    }

    public static bool Has(this ICurrentUser user, Permission permission) => (user.Permissions & permission) == permission;

    /// <summary>The user's department scope as part of a cache key: read models of a limited admin differ by it.</summary>
    public static string DepartmentScopeKey(this ICurrentUser user) => string.Join(',', user.Departments.Order(StringComparer.Ordinal));
}
