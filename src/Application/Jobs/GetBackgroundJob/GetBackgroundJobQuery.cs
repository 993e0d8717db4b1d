using Mediator;

namespace YearEndAdjustment.Application.Jobs.GetBackgroundJob;

/// <summary>A job's progress for its page: only within the tenant, and only for the account that started it.</summary>
public sealed record GetBackgroundJobQuery(Guid JobId) : IQuery<BackgroundJobDto>;
