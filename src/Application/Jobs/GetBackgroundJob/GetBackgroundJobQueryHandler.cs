using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Jobs.GetBackgroundJob;

public sealed class GetBackgroundJobQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetBackgroundJobQuery, BackgroundJobDto>
{
    public async ValueTask<BackgroundJobDto> Handle(GetBackgroundJobQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireAccount();

        // Tenant filter plus the owner: another admin's job, or another tenant's, is simply not there.
        return await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.Id == query.JobId && j.RequestedBy == me)
            .Select(j => new BackgroundJobDto(
                j.Id, j.Kind, j.State.ToString(), j.Stage, j.Done, j.Total, j.Result, j.ErrorCode, j.Attempts, j.CreatedAtUtc, j.FinishedAtUtc))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundJob);
    }
}
