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
        var plan = await new EmployeeImportPlanner(db, reader, protector).PlanAsync(query.Content, today, cancellationToken);

        // Added and changed rows first, then leavers that change nothing else; unchanged rows are only counted.
        var items = plan.Rows.Where(r => r.IsNew).Take(query.MaxItems)
            .Concat(plan.Rows.Where(r => r.IsChanged).Take(query.MaxItems))
            .Concat(plan.Rows.Where(r => r.Disables && !r.IsNew && !r.IsChanged).Take(query.MaxItems))
            .Select(ToItem)
            .ToList();

        return new EmployeeImportPreview(
            plan.IsValid,
            plan.Encoding?.ToString(),
            plan.Fingerprint,
            plan.Added,
            plan.Changed,
            plan.Unchanged,
            plan.ToDisable,
            plan.Errors.Count,
            plan.ReportedErrors,
            plan.Warnings,
            items);
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
