using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

/// <summary>
/// Checks the scope against the admin's rights and queues the opening job in the same SaveChanges (ADR 0032), so
/// the job exists exactly when the command succeeded. A limited admin's "everyone" means everyone of their
/// departments; other departments, or a leaver of one, are refused.
/// </summary>
public sealed class OpenTaxYearCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<OpenTaxYearCommand, OpenTaxYearResult>
{
    public async ValueTask<OpenTaxYearResult> Handle(OpenTaxYearCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ReviewDeclarations);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = JapanTime.DateOf(now);

        var mine = currentUser.Departments;
        var all = command.AllEmployees;
        var departments = command.Departments.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (mine.Count > 0)
        {
            if (departments.Any(d => !mine.Contains(d, StringComparer.Ordinal)))
            {
                throw ForbiddenException.Of(MessageKeys.ForbiddenDepartmentOutOfScope);
            }

            if (all)
            {
                all = false;
                departments = [.. mine.Order(StringComparer.Ordinal)];
            }
        }

        var leavers = await ResolveLeaversAsync(command, mine, cancellationToken);

        var key = OpenTaxYearPayload.ConcurrencyKeyFor(command.TaxYear);
        var running = await db.BackgroundJobs.AnyAsync(
            j => j.ConcurrencyKey == key && (j.State == BackgroundJobState.Queued || j.State == BackgroundJobState.Running), cancellationToken);
        if (running)
        {
            throw new DomainRuleViolationException(MessageKeys.OpenYearRunning, Messages.Rule(MessageKeys.OpenYearRunning, command.TaxYear));
        }

        var payload = new OpenTaxYearPayload(command.TaxYear, command.Deadline, today, all, all ? [] : departments, leavers);
        var job = BackgroundJob.Enqueue(tenantId, OpenTaxYearPayload.Kind, payload.ToJson(), me, key, now);
        db.BackgroundJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return new OpenTaxYearResult(job.Id);
    }

    /// <summary>Leavers by employee number: each must exist, be visible to the admin and have left during the year.</summary>
    private async Task<IReadOnlyList<Guid>> ResolveLeaversAsync(OpenTaxYearCommand command, IReadOnlyList<string> mine, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        var failures = new List<ValidationFailure>();
        var firstDay = new DateOnly(command.TaxYear, 1, 1);
        var lastDay = new DateOnly(command.TaxYear, 12, 31);
        foreach (var text in command.LeaverNumbers.Select(n => n.Trim()).Distinct(StringComparer.Ordinal))
        {
            var number = EmployeeNumber.Create(text);
            var employee = await db.Employees.AsNoTracking()
                .Where(e => e.Number == number)
                .Select(e => new { e.Id, e.HireDate, e.LeaveDate, e.DepartmentCode })
                .SingleOrDefaultAsync(cancellationToken);
            if (employee is null || (mine.Count > 0 && (employee.DepartmentCode is null || !mine.Contains(employee.DepartmentCode, StringComparer.Ordinal))))
            {
                // Out of a limited admin's departments reads like "not found": no hint that the number exists.
                failures.Add(new ValidationFailure(nameof(command.LeaverNumbers), Messages.Get(MessageKeys.ValidationOpenYearLeaverUnknown, text)));
            }
            else if (employee.LeaveDate is not { } left || left < firstDay || employee.HireDate > lastDay)
            {
                failures.Add(new ValidationFailure(nameof(command.LeaverNumbers), Messages.Get(MessageKeys.ValidationOpenYearNotLeaver, text, command.TaxYear)));
            }
            else
            {
                ids.Add(employee.Id.Value);
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return ids;
    }
}
