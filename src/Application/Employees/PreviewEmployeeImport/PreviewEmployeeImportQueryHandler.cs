using YearEndAdjustment.Domain.Accounts;
using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.PreviewEmployeeImport;

public sealed class PreviewEmployeeImportQueryHandler(ICurrentUser currentUser, 
    IAppDbContext db,
    ICsvFileReader reader,
    IMyNumberProtector protector,
    TimeProvider clock) : IQueryHandler<PreviewEmployeeImportQuery, EmployeeImportPreview>
{
    public async ValueTask<EmployeeImportPreview> Handle(PreviewEmployeeImportQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);

        // Added and changed rows first, then leavers that change nothing else; unchanged rows are only counted.
        List<EmployeeImportPreviewItem> added = [], changed = [], leaving = [];
        var plan = await new EmployeeImportPlanner(db, reader, protector).PlanAsync(query.Content, today, null, (row, _) =>
        {
            var list = row.IsNew ? added : row.IsChanged ? changed : row.Disables ? leaving : null;
            if (list is not null && list.Count < query.MaxItems)
            {
                list.Add(ToItem(row));
            }

            return ValueTask.CompletedTask;
        }, cancellationToken);

        return new EmployeeImportPreview(
            plan.IsValid,
            plan.Encoding?.ToString(),
            plan.Fingerprint,
            plan.IsValid ? plan.Added : 0,
            plan.IsValid ? plan.Changed : 0,
            plan.IsValid ? plan.Unchanged : 0,
            plan.IsValid ? plan.ToDisable : 0,
            plan.Errors.Count,
            plan.ReportedErrors,
            plan.Warnings,
            plan.IsValid ? [.. added, .. changed, .. leaving] : []);
    }

    private static EmployeeImportPreviewItem ToItem(PlannedEmployee row) => new(
        row.Row.Line,
        row.Row.Number.Value,
        row.Profile.Name,
        row.IsNew ? EmployeeImportPreviewItem.Added : row.IsChanged ? EmployeeImportPreviewItem.Changed : EmployeeImportPreviewItem.Unchanged,
        EmployeeCsvLayout.ColumnNames(row.Changes),
        row.Disables,
        row.Row.NormalizedCells);
}
