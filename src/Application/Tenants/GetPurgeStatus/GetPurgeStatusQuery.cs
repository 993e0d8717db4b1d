using Mediator;

namespace YearEndAdjustment.Application.Tenants.GetPurgeStatus;

/// <summary>Operator query: the purge records, of one tenant or all; counts and times only.</summary>
public sealed record GetPurgeStatusQuery(string? Slug) : IQuery<IReadOnlyList<PurgeStatusDto>>;
