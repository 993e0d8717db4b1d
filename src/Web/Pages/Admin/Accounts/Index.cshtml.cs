using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.ListAccounts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Accounts;

[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageAccounts))]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    // From the query only: "page" is also Razor Pages' own route value (the page's name), which would win and fail to bind.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AccountPage Accounts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await sender.Send(new ListAccountsQuery(Q, All, PageNumber), cancellationToken);
}
