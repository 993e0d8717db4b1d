using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

/// <summary>The account's own employee only, never one chosen by the request; approved declarations are done.</summary>
public sealed class GetMyTasksQueryHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IQueryHandler<GetMyTasksQuery, MyTasksDto>
{
    public async ValueTask<MyTasksDto> Handle(GetMyTasksQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await currentUser.FindEmployeeAsync(db, cancellationToken);
        if (employeeId is not { } employee)
        {
            return new MyTasksDto(false, []);
        }

        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var open = await db.Declarations.AsNoTracking()
            .Where(d => d.EmployeeId == employee && (d.Status != DeclarationStatus.Approved || d.AssistedEditsPendingSinceUtc != null))
            .OrderByDescending(d => d.TaxYear)
            .Select(d => new { d.TaxYear, d.Status, d.Deadline, d.AssistedEditsPendingSinceUtc })
            .ToListAsync(cancellationToken);
        var results = await db.YearEndResults.AsNoTracking()
            .Where(r => r.EmployeeId == employee && r.IsPublished)
            .OrderByDescending(r => r.TaxYear)
            .Select(r => new MyPublishedResultDto(r.TaxYear.Value, r.Difference, r.NotAdjustedReason == Domain.Adjustments.NotAdjustedReason.None))
            .ToListAsync(cancellationToken);
        return new MyTasksDto(true, [.. open.Select(d => new MyDeclarationTaskDto(
            d.TaxYear.Value,
            d.Status.ToString(),
            d.Deadline,
            d.Deadline is { } deadline ? deadline.DayNumber - today.DayNumber : null,
            d.AssistedEditsPendingSinceUtc != null))], results);
    }
}
