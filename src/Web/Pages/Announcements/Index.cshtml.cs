using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Tenants.GetSiteNotices;
using YearEndAdjustment.Application.Tenants.ListAnnouncements;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Announcements;

/// <summary>R-05: admins (and every signed-in user) read past and current announcements of the operator.</summary>
[TenantRequired]
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<AnnouncementDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await sender.Send(new ListAnnouncementsQuery(), cancellationToken);
}
