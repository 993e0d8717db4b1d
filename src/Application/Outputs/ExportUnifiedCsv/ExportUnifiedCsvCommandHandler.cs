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
/// Slips come a key range at a time from the stored figures (ADR 0052), one projected read per range, the next range
/// read while the current one is written (ADR 0054): memory holds two batches.
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
        await OutputScope.RequireCurrentAsync(db, currentUser, command.TaxYear, cancellationToken);
        var count = await reader.CountAsync(currentUser, command.TaxYear, cancellationToken);

        var withNumbers = await myNumberPolicy.MayRevealAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, me,
            withNumbers ? AuditAction.UnifiedCsvExportedWithMyNumbers : AuditAction.UnifiedCsvExported, detail: $"year={command.TaxYear} rows={count}"));
        await db.SaveChangesAsync(cancellationToken);

        var header = new UnifiedCsvHeader(await db.GetPayerAsync(tenantId, cancellationToken), command.TaxYear, null, null, null);
        var summary = await writer.WriteAsync(header, EntriesAsync(command.TaxYear, withNumbers, cancellationToken), command.Destination, cancellationToken);
        return new UnifiedCsvExportResult(summary, withNumbers);
    }

    // Read ahead in both cases: the protector reads its key in a scope of its own (AesGcmMyNumberProtector), so
    // decrypting on the read-ahead thread never shares this scope's context with the next batch's read (ADR 0054).
    private async IAsyncEnumerable<UnifiedCsvEntry> EntriesAsync(
        int taxYear, bool withNumbers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in reader.BatchesAsync(currentUser, taxYear, readAhead: true, (slips, ct) => EntriesOfAsync(slips, withNumbers, ct), cancellationToken))
        {
            foreach (var entry in batch)
            {
                yield return entry;
            }
        }
    }

    private async ValueTask<UnifiedCsvEntry[]> EntriesOfAsync(IReadOnlyList<LoadedSlip> slips, bool withNumbers, CancellationToken cancellationToken)
    {
        var entries = new UnifiedCsvEntry[slips.Count];
        for (var i = 0; i < slips.Count; i++)
        {
            var loaded = slips[i];
            var numbers = withNumbers ? await numberReader.ReadAsync(loaded, cancellationToken) : null;

            // 役員 from the master decides the threshold of 作成区分 (ADR 0052).
            entries[i] = new UnifiedCsvEntry(loaded.Slip, loaded.Employee.MunicipalityCode ?? string.Empty, null, loaded.Employee.IsOfficer, numbers);
        }

        return entries;
    }
}
