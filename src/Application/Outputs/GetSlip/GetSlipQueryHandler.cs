using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.GetSlip;

/// <summary>
/// RunCalculations or ReviewDeclarations, inside the admin's departments, published or not (the admin checks before
/// publishing), never stale. Every download is audited; the tax-office copy carries My Numbers only for ViewMyNumber
/// (番号法 / forms-and-formats.md §5.1) and is then audited under its own action.
/// </summary>
public sealed class GetSlipQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, SlipLoader loader, IWithholdingSlipPdfRenderer renderer,
    IMyNumberAccessPolicy myNumberPolicy, SlipMyNumberReader numberReader, TimeProvider clock)
    : IQueryHandler<GetSlipQuery, SlipFile>
{
    public async ValueTask<SlipFile> Handle(GetSlipQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireAccount();
        if (!currentUser.Has(Permission.RunCalculations) && !currentUser.Has(Permission.ReviewDeclarations))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenPermission);
        }

        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var employeeId = new EmployeeId(query.EmployeeId);
        var department = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new { e.DepartmentCode }).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.ResultsNotFound);
        if (!ResultScope.Includes(currentUser, department.DepartmentCode))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenDepartmentOutOfScope);
        }

        var loaded = await loader.LoadAsync(employeeId, query.TaxYear, publishedOnly: false, cancellationToken);
        using var output = new MemoryStream();
        var withNumbers = false;
        if (query.Copy == SlipCopy.Employee)
        {
            renderer.RenderEmployeeCopy(loaded.Slip, output);
        }
        else
        {
            withNumbers = await myNumberPolicy.MayRevealAsync(cancellationToken);
            var numbers = withNumbers ? await numberReader.ReadAsync(loaded, cancellationToken) : null;
            renderer.RenderTaxOfficeCopy(loaded.Slip, numbers, output);
        }

        var action = withNumbers ? AuditAction.SlipDownloadedWithMyNumbers : AuditAction.SlipDownloaded;
        var copy = query.Copy == SlipCopy.Employee ? "employee" : "tax_office";
        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, me, action, employeeId, detail: $"year={query.TaxYear}; copy={copy}"));
        await db.SaveChangesAsync(cancellationToken);
        return new SlipFile(output.ToArray(), withNumbers);
    }
}
