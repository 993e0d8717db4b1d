using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Tenants.GetTenantSettings;
using YearEndAdjustment.Application.Tenants.UpdateSignInPolicy;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Settings;

[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageSettings))]
public sealed class SecurityModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public int LockoutThreshold { get; set; }

    [BindProperty]
    public int LockoutMinutes { get; set; }

    [BindProperty]
    public int IdleTimeoutMinutes { get; set; }

    [BindProperty]
    public bool RequireTwoFactorForAdmins { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var s = await sender.Send(new GetTenantSettingsQuery(), cancellationToken);
        (LockoutThreshold, LockoutMinutes, IdleTimeoutMinutes, RequireTwoFactorForAdmins) =
            (s.LockoutThreshold, s.LockoutMinutes, s.IdleTimeoutMinutes, s.RequireTwoFactorForAdmins);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await ModelState.TryAsync(() => sender.Send(
            new UpdateSignInPolicyCommand(LockoutThreshold, LockoutMinutes, IdleTimeoutMinutes, RequireTwoFactorForAdmins), cancellationToken).AsTask()))
        {
            TempData["Notice"] = localizer["Common.Saved"].Value;
            return RedirectToPage();
        }

        return Page();
    }
}
