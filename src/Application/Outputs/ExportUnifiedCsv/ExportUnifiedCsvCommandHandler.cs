using System.Runtime.CompilerServices;
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
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;

/// <summary>
/// ExportData, within the admin's departments. Refused as a whole while any result in scope is stale (a file the
/// municipalities keep must not mix last week's figures in). Only results whose declaration is still approved are
/// written; My Numbers only for ViewMyNumber, under their own audit action, recorded before the first byte leaves.
/// The ids are read first and each slip is built and written one at a time, so memory stays flat.
/// </summary>
public sealed class ExportUnifiedCsvCommandHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, SlipLoader loader, SlipMyNumberReader numberReader,
    IMyNumberAccessPolicy myNumberPolicy, IUnifiedCsvWriter writer, TimeProvider clock)
    : ICommandHandler<ExportUnifiedCsvCommand, UnifiedCsvExportResult>
{
    public async ValueTask<UnifiedCsvExportResult> Handle(ExportUnifiedCsvCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ExportData);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var year = new TaxYear(command.TaxYear);
        var inYear = ResultScope.Visible(db.YearEndResults.AsNoTracking(), db, currentUser).Where(r => r.TaxYear == year);
        var stale = await inYear.Where(ResultStaleness.IsStale(db)).CountAsync(cancellationToken);
        if (stale > 0)
        {
            throw new DomainRuleViolationException(MessageKeys.ResultsStaleExport, Messages.Rule(MessageKeys.ResultsStaleExport, stale));
        }

        var approved = db.Declarations.Where(d => d.Status == DeclarationStatus.Approved).Select(d => d.Id);
        var ids = await (from r in inYear
                         where approved.Contains(r.DeclarationId)
                         join e in db.Employees.AsNoTracking() on r.EmployeeId equals e.Id
                         orderby e.Number
                         select r.EmployeeId).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            throw NotFoundException.Of(MessageKeys.ResultsNotFound);
        }

        var withNumbers = await myNumberPolicy.MayRevealAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, me,
            withNumbers ? AuditAction.UnifiedCsvExportedWithMyNumbers : AuditAction.UnifiedCsvExported, detail: $"year={command.TaxYear} rows={ids.Count}"));
        await db.SaveChangesAsync(cancellationToken);

        var payerName = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.DisplayName).SingleAsync(cancellationToken);
        var header = new UnifiedCsvHeader(new SlipPayer(payerName, null, null, null), command.TaxYear, null, null, null);
        var summary = await writer.WriteAsync(header, EntriesAsync(ids, command.TaxYear, withNumbers, cancellationToken), command.Destination, cancellationToken);
        return new UnifiedCsvExportResult(summary, withNumbers);
    }

    private async IAsyncEnumerable<UnifiedCsvEntry> EntriesAsync(
        List<EmployeeId> ids, int taxYear, bool withNumbers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            var loaded = await loader.LoadAsync(id, taxYear, publishedOnly: false, cancellationToken);
            var numbers = withNumbers ? await numberReader.ReadAsync(loaded, cancellationToken) : null;

            // 役員 is not in the master yet: every employee takes the employees' thresholds (ADR 0042 section "Wiring").
            yield return new UnifiedCsvEntry(loaded.Slip, loaded.Employee.MunicipalityCode ?? string.Empty, null, IsOfficer: false, numbers);
        }
    }
}
