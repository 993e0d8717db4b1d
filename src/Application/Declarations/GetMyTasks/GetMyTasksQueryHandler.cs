using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

/// <summary>The account's own employee only, never one chosen by the request; approved declarations are done.</summary>
public sealed class GetMyTasksQueryHandler(IAppDbContext db, IMyTasksReads reads, ICurrentUser currentUser, TimeProvider clock) : IQueryHandler<GetMyTasksQuery, MyTasksDto>
{
    public async ValueTask<MyTasksDto> Handle(GetMyTasksQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await currentUser.FindEmployeeAsync(db, cancellationToken);
        if (employeeId is not { } employee)
        {
            return new MyTasksDto(false, []);
        }

        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var open = await reads.OpenDeclarationsAsync(employee, cancellationToken);
        var results = await reads.PublishedResultsAsync(employee, cancellationToken);
        return new MyTasksDto(true, [.. open.Select(d => new MyDeclarationTaskDto(
            d.TaxYear.Value,
            d.Status.ToString(),
            d.Deadline,
            d.Deadline is { } deadline ? deadline.DayNumber - today.DayNumber : null,
            d.AssistedEditsPending))], results);
    }
}
