using YearEndAdjustment.Domain.Accounts;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.ExportEmployees;

/// <summary>
/// Streams rows from the database to the writer one at a time, so memory stays flat however many employees there
/// are. For Shift_JIS a first pass over the same query finds the cells CP932 cannot hold; if there are any, nothing
/// is written and the cells are listed (forms-and-formats 4.2: characters outside JIS X 0208 must be reported).
/// </summary>
public sealed class ExportEmployeesCommandHandler(
    IAppDbContext db,
    ICsvFileWriterFactory writers,
    IMyNumberProtector protector,
    IMyNumberAccessPolicy accessPolicy,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<ExportEmployeesCommand, EmployeeExportResult>
{
    public const int MaxReportedProblems = 1000;

    public async ValueTask<EmployeeExportResult> Handle(ExportEmployeesCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ExportData);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenantId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (command.IncludeMyNumbers && !await accessPolicy.MayRevealAsync(cancellationToken))
        {
            db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, AuditAction.MyNumberExportDenied));
            await db.SaveChangesAsync(cancellationToken);
            throw ForbiddenException.Of(MessageKeys.ForbiddenMyNumberExport);
        }

        var header = EmployeeCsvLayout.Header;
        if (command.Encoding == CsvTextEncoding.ShiftJis)
        {
            var problems = new List<CsvImportIssue>();
            var problemCount = 0;
            long line = 1;
            foreach (var cell in header.Where(h => !writers.CanEncode(command.Encoding, h)))
            {
                problems.Add(new CsvImportIssue(line, cell, "Shift_JIS で表せない文字があります。"));
            }

            await foreach (var row in Rows(includeMyNumbers: false).WithCancellation(cancellationToken))
            {
                line++;
                var cells = await CellsAsync(row, includeMyNumbers: false, cancellationToken);
                for (var i = 0; i < cells.Length; i++)
                {
                    if (!writers.CanEncode(command.Encoding, cells[i]))
                    {
                        problemCount++;
                        if (problems.Count < MaxReportedProblems)
                        {
                            problems.Add(new CsvImportIssue(line, header[i],
                                "Shift_JIS で表せない文字があります。UTF-8 で出力するか、文字を置き換えてください。"));
                        }
                    }
                }
            }

            if (problemCount > 0)
            {
                return new EmployeeExportResult(false, 0, problemCount, problems);
            }
        }

        // Recorded before the first byte leaves, so even an interrupted export is on the trail.
        var action = command.IncludeMyNumbers ? AuditAction.EmployeesExportedWithMyNumbers : AuditAction.EmployeesExported;
        var total = await EmployeeScope.Visible(db.Employees, currentUser).CountAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, action,
            detail: $"rows={total} encoding={command.Encoding}"));
        await db.SaveChangesAsync(cancellationToken);

        var count = 0;
        await using (var writer = writers.Create(command.Destination, command.Encoding))
        {
            writer.WriteRow(header);
            await foreach (var row in Rows(command.IncludeMyNumbers).WithCancellation(cancellationToken))
            {
                writer.WriteRow(await CellsAsync(row, command.IncludeMyNumbers, cancellationToken));
                count++;
            }

            await writer.FlushAsync(cancellationToken);
        }

        return new EmployeeExportResult(true, count, 0, []);
    }

    /// <summary>R-12: a limited admin exports only the departments they manage.</summary>
    private IAsyncEnumerable<EmployeeExportRow> Rows(bool includeMyNumbers) =>
        EmployeeScope.Visible(db.Employees.AsNoTracking(), currentUser)
            .OrderBy(e => e.Number)
            .Select(e => new EmployeeExportRow(
                e.Number.Value, e.Name, e.NameKana, e.BirthDate, e.Gender, e.PostalCode, e.Address, e.HireDate, e.LeaveDate,
                e.DepartmentCode, e.DepartmentName, e.Email, includeMyNumbers ? e.MyNumberCiphertext : null, e.MunicipalityCode, e.IsOfficer))
            .AsAsyncEnumerable();

    private async ValueTask<string[]> CellsAsync(EmployeeExportRow row, bool includeMyNumbers, CancellationToken cancellationToken)
    {
        var myNumber = includeMyNumbers && row.MyNumberCiphertext is { } ciphertext
            ? (await protector.UnprotectAsync(ciphertext, cancellationToken)).RevealDigits()
            : "";

        // Same order as EmployeeCsvLayout.Columns; the account columns stay empty (passwords are never exported).
        string[] cells =
        [
            row.Number, row.Name, row.NameKana, Date(row.BirthDate), EmployeeRowParser.FormatGender(row.Gender),
            row.PostalCode ?? "", row.Address ?? "", Date(row.HireDate), row.LeaveDate is { } leave ? Date(leave) : "",
            row.DepartmentCode ?? "", row.DepartmentName ?? "", row.Email ?? "", myNumber, "", "", "", row.MunicipalityCode ?? "",
            EmployeeRowParser.FormatOfficer(row.IsOfficer),
        ];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = CsvFormulaGuard.Neutralize(cells[i]);
        }

        return cells;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
}
