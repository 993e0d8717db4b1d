using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// Assisted entry (issue 12 item 3): an admin with ReviewDeclarations opens an employee's declaration by its id. The
/// tenant filter, the permission and a limited admin's departments all apply; outside them the declaration
/// answers as if it did not exist.
/// </summary>
public static class AssistedDeclarations
{
    public sealed record Found(TenantId TenantId, Declaration Declaration, string EmployeeName);

    public static async Task<Found> RequireAsync(
        IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, int taxYear, Guid declarationId, CancellationToken cancellationToken)
    {
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        currentUser.RequirePermission(Permission.ReviewDeclarations);
        var id = new DeclarationId(declarationId);
        var year = new TaxYear(taxYear);
        var visible = VisibleEmployees.To(currentUser, db.Employees);
        var found = await (
                from d in db.Declarations
                where d.Id == id && d.TaxYear == year
                join e in visible on d.EmployeeId equals e.Id
                select new { Declaration = d, e.Name })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundDeclaration);
        return new Found(tenantId, found.Declaration, found.Name);
    }
}
