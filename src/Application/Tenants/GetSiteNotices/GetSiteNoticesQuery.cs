using Mediator;

namespace YearEndAdjustment.Application.Tenants.GetSiteNotices;

/// <summary>What every page of the current tenant shows on top: today's announcements and, for admins, the contract end .</summary>
public sealed record GetSiteNoticesQuery : IQuery<SiteNoticesDto>;
