using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Tenants.Contracts;

/// <summary>
/// R-03 in the application layer: from the contract end date on, every export is refused, whatever path the request
/// took (the closed site already refuses sign-in; this holds for jobs and any future entry point too).
/// </summary>
public static class TenantContractGuard
{
    public static async Task EnsureExportsAllowedAsync(IAppDbContext db, TenantId tenant, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = JapanTime.DateOf(nowUtc);
        var ended = await db.Tenants.AsNoTracking()
            .AnyAsync(t => t.Id == tenant && (t.Status != Domain.Tenants.TenantStatus.Active || (t.ContractEndDate != null && t.ContractEndDate <= today)), cancellationToken);
        if (ended)
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenContractEnded);
        }
    }
}
