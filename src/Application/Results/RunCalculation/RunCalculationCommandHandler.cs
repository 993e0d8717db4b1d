using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.RunCalculation;

/// <summary>
/// A year is open when the tenant has declarations for it (the opening job created them). One employee: checked
/// against the admin's departments, computed and stored now. The whole year: one queued job per year at a time.
/// </summary>
public sealed class RunCalculationCommandHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, ResultCalculator calculator, TimeProvider clock)
    : ICommandHandler<RunCalculationCommand, RunCalculationResult>
{
    public async ValueTask<RunCalculationResult> Handle(RunCalculationCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.RunCalculations);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var year = new TaxYear(command.TaxYear);
        if (!await db.Declarations.AnyAsync(d => d.TaxYear == year, cancellationToken))
        {
            throw new DomainRuleViolationException(MessageKeys.ResultsYearNotOpen, Messages.Rule(MessageKeys.ResultsYearNotOpen, command.TaxYear));
        }

        if (command.EmployeeId is { } id)
        {
            return new RunCalculationResult(null, await RunOneAsync(tenantId, new EmployeeId(id), command.TaxYear, cancellationToken));
        }

        var key = RunCalculationPayload.ConcurrencyKeyFor(command.TaxYear);
        if (await db.BackgroundJobs.AnyAsync(j => j.ConcurrencyKey == key && (j.State == BackgroundJobState.Queued || j.State == BackgroundJobState.Running), cancellationToken))
        {
            throw new DomainRuleViolationException(MessageKeys.ResultsRunRunning, Messages.Rule(MessageKeys.ResultsRunRunning, command.TaxYear));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var payload = new RunCalculationPayload(command.TaxYear, Guid.CreateVersion7());
        var job = BackgroundJob.Enqueue(tenantId, RunCalculationPayload.Kind, payload.ToJson(), me, key, now);
        db.BackgroundJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return new RunCalculationResult(job.Id, null);
    }

    private async Task<RunCalculationSummary> RunOneAsync(TenantId tenantId, EmployeeId employeeId, int taxYear, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId)
            .Select(e => new { e.DepartmentCode }).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundEmployee);
        if (!ResultScope.Includes(currentUser, employee.DepartmentCode))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenDepartmentOutOfScope);
        }

        var year = new TaxYear(taxYear);
        var declaration = await db.Declarations.AsNoTracking()
            .Where(d => d.EmployeeId == employeeId && d.TaxYear == year)
            .Select(d => new { d.Id, d.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (declaration is null || declaration.Status != DeclarationStatus.Approved)
        {
            throw new DomainRuleViolationException(MessageKeys.ResultsNotApproved, Messages.Rule(MessageKeys.ResultsNotApproved, taxYear));
        }

        var summary = new RunCalculationSummary();
        var changes = await calculator.ComputeAsync(tenantId, taxYear, [declaration.Id], Guid.CreateVersion7(), summary, cancellationToken);
        if (summary.NoPayroll > 0)
        {
            throw new DomainRuleViolationException(MessageKeys.ResultsNoPayroll, Messages.Rule(MessageKeys.ResultsNoPayroll, taxYear));
        }

        if (summary.FirstRefusal is { } refusal)
        {
            // One employee: say why, in the calculator's own words.
            throw new DomainRuleViolationException(MessageKeys.ResultsCalculationRefused, Messages.Rule(MessageKeys.ResultsCalculationRefused, refusal));
        }

        await calculator.WriteAsync(changes, cancellationToken);
        return summary;
    }
}
