using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.ListLoginHistory;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Account;

/// <summary>R-17: every user sees their own sign-in history.</summary>
[TenantRequired]
public sealed class HistoryModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public LoginHistoryPage History { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        History = await sender.Send(new ListLoginHistoryQuery(null, PageNumber), cancellationToken);
}
