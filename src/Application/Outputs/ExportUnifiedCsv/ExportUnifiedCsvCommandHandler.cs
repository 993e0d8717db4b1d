using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Tenants.Contracts;
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
/// Slips come a key range at a time from the stored figures (ADR 0052), one projected read per range, the next two
/// ranges read on two contexts while the current one is written (ADR 0054): memory holds three batches.
/// </summary>
public sealed class ExportUnifiedCsvCommandHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, YearSlipReader reader, SlipMyNumberReader numberReader,
    IMyNumberAccessPolicy myNumberPolicy, IUnifiedCsvWriter writer, TimeProvider clock)
    : ICommandHandler<ExportUnifiedCsvCommand, UnifiedCsvExportResult>
{
    public async ValueTask<UnifiedCsvExportResult> Handle(ExportUnifiedCsvCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ExportData);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var count = await OutputScope.RequireCurrentAndCountAsync(db, currentUser, command.TaxYear, cancellationToken);

        var withNumbers = await myNumberPolicy.MayRevealAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, me,
            withNumbers ? AuditAction.UnifiedCsvExportedWithMyNumbers : AuditAction.UnifiedCsvExported, detail: $"year={command.TaxYear} rows={count}"));
        await db.SaveChangesAsync(cancellationToken);

        var header = new UnifiedCsvHeader(await db.GetPayerAsync(tenantId, cancellationToken), command.TaxYear, null, null, null);
        var summary = await writer.WriteAsync(header, EntriesAsync(command.TaxYear, withNumbers, cancellationToken), command.Destination, cancellationToken);
        return new UnifiedCsvExportResult(summary, withNumbers);
    }

    // Read ahead in both cases: the protector reads its key in a scope of its own (AesGcmMyNumberProtector), so
    // decrypting here while the next range is read never shares this scope's context (ADR 0054).
    private async IAsyncEnumerable<UnifiedCsvEntry> EntriesAsync(
        int taxYear, bool withNumbers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in reader.BatchesAsync(currentUser, taxYear, readAhead: true, cancellationToken))
        {
            foreach (var loaded in batch)
            {
                var numbers = withNumbers ? await numberReader.ReadAsync(loaded, cancellationToken) : null;

                // 役員 from the master decides the threshold of 作成区分 (ADR 0052).
                yield return new UnifiedCsvEntry(loaded.Slip, loaded.Employee.MunicipalityCode ?? string.Empty, null, loaded.Employee.IsOfficer, numbers);
            }
        }
    }
}
