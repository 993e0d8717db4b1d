using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Tenants.GetTenantSettings;
using YearEndAdjustment.Application.Tenants.SaveIpAllowList;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Settings;

/// <summary>R-19: up to 100 addresses or ranges; a list that would shut out the admin's own address asks first.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageSettings))]
public sealed class IpAllowListModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? Entries { get; set; }

    [BindProperty]
    public bool ConfirmSelfLockout { get; set; }

    public bool NeedsConfirmation { get; private set; }

    public string? ClientIp => IpAllowListMiddleware.Normalize(HttpContext.Connection.RemoteIpAddress)?.ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await sender.Send(new GetTenantSettingsQuery(), cancellationToken);
        Entries = string.Join('\n', settings.IpAllowList.Select(e => e.Note is null ? e.Value : $"{e.Value} {e.Note}"));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SaveIpAllowListResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new SaveIpAllowListCommand(Entries ?? "", ClientIp, ConfirmSelfLockout), cancellationToken)) || result is null)
        {
            return Page();
        }

        if (result.NeedsConfirmation)
        {
            NeedsConfirmation = true;
            return Page();
        }

        TempData["Notice"] = localizer["Ip.Saved", result.Count].Value;
        return RedirectToPage();
    }
}
