using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.GetMyTasks;
using YearEndAdjustment.Application.Tenants.GetTenantHome;

namespace YearEndAdjustment.Web.Pages;

/// <summary>
/// Inside a tenant: the tenant's home page; for a signed-in user, their tasks (open declarations with deadlines).
/// Admins keep their menu beside it. At the site root: how to reach your company's site.
/// </summary>
public sealed class IndexModel(ISender sender, ITenantContext tenantContext) : PageModel
{
    public TenantHomeDto? Home { get; private set; }

    public MyTasksDto? Tasks { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (tenantContext.TenantId is not null)
        {
            Home = await sender.Send(new GetTenantHomeQuery(), cancellationToken);
            if (User.Identity?.IsAuthenticated == true)
            {
                Tasks = await sender.Send(new GetMyTasksQuery(), cancellationToken);
            }
        }
    }
}
