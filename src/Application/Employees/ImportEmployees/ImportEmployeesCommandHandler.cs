using YearEndAdjustment.Application.Accounts.Contracts;
using YearEndAdjustment.Domain.Accounts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

/// <summary>
/// Plans like the preview, then writes through <see cref="IBulkWriter"/> (ADR 0021): EF change tracking would cost
/// about 2 s per 100,000 rows. The aggregates still decide every value: new employees come from
/// <see cref="Employee.Register"/>, changes from <see cref="Employee.UpdateProfile"/> on the stored row.
/// </summary>
public sealed class ImportEmployeesCommandHandler(
    IAppDbContext db,
    ICsvFileReader reader,
    IMyNumberProtector protector,
    IBulkWriter writer,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    IAccountProvisioning accounts,
    TimeProvider clock) : ICommandHandler<ImportEmployeesCommand, EmployeeImportResult>
{
    public async ValueTask<EmployeeImportResult> Handle(ImportEmployeesCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("An import needs a tenant.");
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = await new EmployeeImportPlanner(db, reader, protector).PlanAsync(command.Content, JapanTime.DateOf(now), cancellationToken);

        if (plan.IsValid && command.ExpectedFingerprint is { } expected && !string.Equals(expected, plan.Fingerprint, StringComparison.Ordinal))
        {
            plan.Errors.Add(new CsvImportIssue(0, null, "プレビューしたファイルと内容が違います。もう一度プレビューしてから確定してください。"));
        }

        if (!plan.IsValid)
        {
            return new EmployeeImportResult(false, 0, 0, 0, 0, plan.Errors.Count, plan.ReportedErrors);
        }

        // Optional user-ID columns: checked before anything is written, so a bad password refuses the file.
        var accountRequests = plan.Rows
            .Where(r => r.Row.LoginId is not null)
            .Select(r => new AccountRequest(r.Row.Line, r.Row.LoginId!, r.Row.Name, r.Row.Email, r.Row.Role ?? AccountRole.General, r.Row.InitialPassword, r.Disables))
            .ToList();
        var accountCheck = await accounts.CheckAsync(accountRequests, cancellationToken);
        if (accountCheck.Problems.Count > 0)
        {
            var issues = accountCheck.Problems.Select(p => new CsvImportIssue(p.Line, "ログインID", p.Message)).ToList();
            return new EmployeeImportResult(false, 0, 0, 0, 0, issues.Count, issues);
        }

        // Only changed employees are loaded as aggregates; their version must still be the one the plan compared.
        var changedIds = plan.Rows.Where(r => r.IsChanged).Select(r => r.Stored!.Id).ToList();
        var changedEmployees = changedIds.Count == 0
            ? []
            : await db.Employees.AsNoTracking().Where(e => changedIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var changes = new BulkChangeSet();
        foreach (var row in plan.Rows)
        {
            if (row.IsNew)
            {
                var employee = Employee.Register(tenantId, row.Row.Number, row.Profile, now);
                if (row.Row.MyNumber is { } myNumber)
                {
                    employee.SetMyNumber(await protector.ProtectAsync(myNumber, cancellationToken), now);
                }

                changes.Insert(employee);
            }
            else if (row.IsChanged)
            {
                if (!changedEmployees.TryGetValue(row.Stored!.Id, out var employee) || employee.Version != row.Stored.Version)
                {
                    throw new DbUpdateConcurrencyException("An employee changed between planning and writing the import.", []);
                }

                var originalVersion = employee.Version;
                employee.UpdateProfile(row.Profile, now);
                if (row.Changes.HasFlag(EmployeeFields.MyNumber))
                {
                    employee.SetMyNumber(await protector.ProtectAsync(row.Row.MyNumber!, cancellationToken), now);
                }

                changes.Update(employee, originalVersion);
            }
        }

        var (added, changed, unchanged, disabled) = (plan.Added, plan.Changed, plan.Unchanged, plan.ToDisable);
        changes.Insert(AuditEntry.Record(
            tenantId, now, currentUser.AccountId, AuditAction.EmployeesImported,
            detail: $"added={added} changed={changed} unchanged={unchanged} disabled={disabled} mynumbers={plan.Rows.Count(r => r.Row.MyNumber is not null)}"));

        // The rows, profiles and parsed cells are no longer needed once the aggregates exist; letting them go before
        // the write lowers the peak working set of a 100,000-row import.
        plan.Rows.Clear();
        await writer.ApplyAsync(changes, cancellationToken);

        var provisioned = await accounts.ApplyAsync(accountRequests, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new EmployeeImportResult(true, added, changed, unchanged, disabled, 0, [], provisioned.Created, provisioned.Invited, provisioned.Disabled);
    }
}
