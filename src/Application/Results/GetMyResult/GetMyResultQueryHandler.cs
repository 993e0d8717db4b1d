using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Results.GetMyResult;

/// <summary>Only the account's own employee, only once published: an unpublished result reads like none at all.</summary>
public sealed class GetMyResultQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyResultQuery, ResultDetailDto>
{
    public async ValueTask<ResultDetailDto> Handle(GetMyResultQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await currentUser.FindEmployeeAsync(db, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.DeclarationNoEmployee);
        var year = new TaxYear(query.TaxYear);
        var result = await db.YearEndResults.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EmployeeId == employeeId && r.TaxYear == year && r.IsPublished, cancellationToken)
            ?? throw new NotFoundException(Messages.Get(MessageKeys.ResultsNotPublished, query.TaxYear));
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new { e.Number, e.Name }).SingleAsync(cancellationToken);
        return ResultDetailMapper.Map(result, employee.Number.Value, employee.Name, isStale: false);
    }
}
