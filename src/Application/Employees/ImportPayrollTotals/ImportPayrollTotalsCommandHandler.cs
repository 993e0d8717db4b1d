using YearEndAdjustment.Domain.Accounts;
using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ImportPayrollTotals;

public sealed class ImportPayrollTotalsCommandHandler(
    IAppDbContext db,
    ICsvFileReader reader,
    IBulkWriter writer,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<ImportPayrollTotalsCommand, PayrollTotalsImportResult>
{
    public async ValueTask<PayrollTotalsImportResult> Handle(ImportPayrollTotalsCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("An import needs a tenant.");
        var taxYear = new TaxYear(command.TaxYear);
        var plan = await new PayrollTotalsImportPlanner(db, reader, currentUser).PlanAsync(command.Content, taxYear, cancellationToken);
        if (plan.IsValid && command.ExpectedFingerprint is { } expected && !string.Equals(expected, plan.Fingerprint, StringComparison.Ordinal))
        {
            plan.Errors.Add(new CsvImportIssue(0, null, "プレビューしたファイルと内容が違います。もう一度プレビューしてから確定してください。"));
        }

        if (!plan.IsValid)
        {
            return new PayrollTotalsImportResult(false, 0, 0, 0, plan.Errors.Count, plan.ReportedErrors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (added, changed, unchanged) = (plan.Added, plan.Changed, plan.Unchanged);
        var changes = new BulkChangeSet();
        foreach (var (employeeId, amounts, existing) in plan.Rows)
        {
            if (existing is null)
            {
                changes.Insert(PayrollTotal.Record(tenantId, employeeId, taxYear, amounts, now));
                continue;
            }

            var originalVersion = existing.Version;
            if (existing.Replace(amounts, now))
            {
                changes.Update(existing, originalVersion);
            }
        }

        changes.Insert(AuditEntry.Record(tenantId, now, currentUser.AccountId, AuditAction.PayrollTotalsImported,
            detail: $"year={taxYear.Value} added={added} changed={changed} unchanged={unchanged}"));
        await writer.ApplyAsync(changes, cancellationToken);
        return new PayrollTotalsImportResult(true, added, changed, unchanged, 0, []);
    }
}
