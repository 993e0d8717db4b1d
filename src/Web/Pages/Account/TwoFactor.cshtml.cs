using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.BeginTwoFactorSetup;
using YearEndAdjustment.Application.Accounts.ConfirmTwoFactorSetup;
using YearEndAdjustment.Application.Accounts.DisableTwoFactor;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Web.Identity;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Account;

/// <summary>TOTP with an authenticator app, optional per user unless the tenant requires it for admins.</summary>
[TenantRequired]
public sealed class TwoFactorModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public TwoFactorSetupDto? Setup { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool IsEnabled { get; private set; }

    public bool Required => User.HasClaim(ClaimNames.MustSetUpTwoFactor, "true");

    public void OnGet() => IsEnabled = TwoFactorOn();

    public async Task<IActionResult> OnPostBeginAsync(CancellationToken cancellationToken)
    {
        await ModelState.TryAsync(async () => Setup = await sender.Send(new BeginTwoFactorSetupCommand(), cancellationToken));
        IsEnabled = TwoFactorOn();
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        ConfirmTwoFactorSetupResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new ConfirmTwoFactorSetupCommand(Code ?? ""), cancellationToken)) || result is null)
        {
            // Show the same key again: the app was set up with it, only the code was mistyped.
            await ModelState.TryAsync(async () => Setup = await sender.Send(new BeginTwoFactorSetupCommand(KeepPending: true), cancellationToken));
            return Page();
        }

        await SignInAgainAsync(result.Session);
        RecoveryCodes = result.RecoveryCodes;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        SessionTicket? ticket = null;
        if (await ModelState.TryAsync(async () => ticket = await sender.Send(new DisableTwoFactorCommand(Password ?? ""), cancellationToken)) && ticket is not null)
        {
            await SignInAgainAsync(ticket);
            return RedirectToPage();
        }

        IsEnabled = true;
        return Page();
    }

    private bool TwoFactorOn() => User.HasClaim(ClaimNames.TwoFactor, "on");

    private Task SignInAgainAsync(SessionTicket ticket) =>
        HttpContext.SignInAsync(AuthConstants.Scheme, ClaimsFactory.FromTicket(ticket), new AuthenticationProperties { IsPersistent = false });
}
