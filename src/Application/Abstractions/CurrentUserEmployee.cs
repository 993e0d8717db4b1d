using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>The employee the signed-in account is linked to: the employee side's pages never take it from the request.</summary>
public static class CurrentUserEmployee
{
    /// <summary>The account's employee, or null when the account is not linked to one (an admin's own account).</summary>
    public static async Task<EmployeeId?> FindEmployeeAsync(this ICurrentUser currentUser, IAppDbContext db, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccount();

        // The link read with this request's session (ADR 0053, 0056) spares a query on every page of the flow and on
        // an admin's home page; background jobs do not know it and read it.
        if (currentUser.EmployeeId is { } linked)
        {
            return linked;
        }

        if (currentUser.EmployeeLinkRead)
        {
            return null;
        }

        return await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.EmployeeId).SingleOrDefaultAsync(cancellationToken);
    }
}
