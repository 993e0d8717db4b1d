using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Contracts;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.PreviewEmployeeImport;

public sealed class PreviewEmployeeImportQueryHandler(
    ICurrentUser currentUser,
    IAppDbContext db,
    ICsvFileReader reader,
    IMyNumberProtector protector,
    IAccountProvisioning accounts,
    TimeProvider clock) : IQueryHandler<PreviewEmployeeImportQuery, EmployeeImportPreview>
{
    public async ValueTask<EmployeeImportPreview> Handle(PreviewEmployeeImportQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);

        // Added and changed rows first, then leavers that change nothing else; unchanged rows are only counted.
        List<EmployeeImportPreviewItem> added = [], changed = [], leaving = [];
        var requests = new List<AccountRequest>();
        var plan = await new EmployeeImportPlanner(db, reader, protector, accounts, currentUser.Departments).PlanAsync(query.Content, today, null, (row, _) =>
        {
            var list = row.IsNew ? added : row.IsChanged ? changed : row.Disables || row.Leaves ? leaving : null;
            if (list is not null && list.Count < query.MaxItems)
            {
                list.Add(ToItem(row));
            }

            if (EmployeeCsvLayout.AccountRequestOf(row, row.Stored?.Id) is { } request)
            {
                requests.Add(request);
            }

            return ValueTask.CompletedTask;
        }, cancellationToken);

        // The confirm refuses what the accounts module refuses (permission, roles, passwords): say so now, by column.
        if (plan.IsValid && (await accounts.CheckAsync(requests, cancellationToken)).Problems is { Count: > 0 } problems)
        {
            plan.Errors.AddRange(EmployeeCsvLayout.IssuesOf(problems));
        }

        var valid = plan.IsValid;
        return new EmployeeImportPreview(
            valid,
            plan.Encoding?.ToString(),
            plan.Fingerprint,
            valid ? plan.Added : 0,
            valid ? plan.Changed : 0,
            valid ? plan.Unchanged : 0,
            valid ? plan.ToDisable : 0,
            plan.Errors.Count,
            plan.ReportedErrors,
            plan.Warnings,
            valid ? [.. added, .. changed, .. leaving] : [],
            valid ? plan.Leaving : 0);
    }

    private static EmployeeImportPreviewItem ToItem(PlannedEmployee row) => new(
        row.Row.Line,
        row.Row.Number.Value,
        row.Profile.Name,
        row.IsNew ? EmployeeImportPreviewItem.Added : row.IsChanged ? EmployeeImportPreviewItem.Changed : EmployeeImportPreviewItem.Unchanged,
        EmployeeCsvLayout.ColumnNames(row.Changes),
        row.Disables,
        row.Row.NormalizedCells,
        row.Leaves);
}
