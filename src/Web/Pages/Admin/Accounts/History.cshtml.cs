using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.ListLoginHistory;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Accounts;

/// <summary>R-17: admins see any account's sign-in history in their tenant (the handler checks the permission).</summary>
[TenantRequired]
public sealed class HistoryModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    // From the query only: "page" is also Razor Pages' own route value (the page's name), which would win and fail to bind.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public LoginHistoryPage History { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        History = await sender.Send(new ListLoginHistoryQuery(Id, PageNumber), cancellationToken);
}
