using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Accounts.ChangePassword;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Web.Identity;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Account;

/// <summary>R-14 (and R-13's forced change): the new password replaces this browser's session; others end.</summary>
[TenantRequired]
public sealed class PasswordModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? NewPasswordConfirmation { get; set; }

    public bool Forced => User.HasClaim(ClaimNames.MustChangePassword, "true");

    public string? Notice { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SessionTicket? ticket = null;
        var ok = await ModelState.TryAsync(async () => ticket = await sender.Send(
            new ChangePasswordCommand(CurrentPassword ?? "", NewPassword ?? "", NewPasswordConfirmation ?? ""), cancellationToken));
        if (!ok || ticket is null)
        {
            return Page();
        }

        await HttpContext.SignInAsync(AuthConstants.Scheme, ClaimsFactory.FromTicket(ticket), new AuthenticationProperties { IsPersistent = false });
        TempData["Notice"] = localizer["Password.Changed"].Value;
        return LocalRedirect("~/");
    }
}
