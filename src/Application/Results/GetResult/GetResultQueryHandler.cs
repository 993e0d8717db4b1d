using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.GetResult;

public sealed class GetResultQueryHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : IQueryHandler<GetResultQuery, ResultDetailDto>
{
    public async ValueTask<ResultDetailDto> Handle(GetResultQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.RunCalculations);
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var employeeId = new EmployeeId(query.EmployeeId);
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId)
            .Select(e => new { e.Number, e.Name, e.DepartmentCode }).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.ResultsNotFound);
        if (!ResultScope.Includes(currentUser, employee.DepartmentCode))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenDepartmentOutOfScope);
        }

        var year = new TaxYear(query.TaxYear);
        var result = await db.YearEndResults.AsNoTracking().SingleOrDefaultAsync(r => r.EmployeeId == employeeId && r.TaxYear == year, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.ResultsNotFound);
        var resultId = result.Id;
        var stale = await db.YearEndResults.Where(r => r.Id == resultId).AnyAsync(ResultStaleness.IsStale(db), cancellationToken);

        db.AuditEntries.Add(AuditEntry.Record(tenantId, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, AuditAction.ResultViewed, employeeId,
            detail: $"year={query.TaxYear}"));
        await db.SaveChangesAsync(cancellationToken);
        return ResultDetailMapper.Map(result, employee.Number.Value, employee.Name, stale);
    }
}
