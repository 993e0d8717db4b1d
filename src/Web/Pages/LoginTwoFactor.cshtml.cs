using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.CompleteTwoFactorSignIn;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Web.Identity;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;
using SignInResult = YearEndAdjustment.Application.Accounts.SignIn.SignInResult;

namespace YearEndAdjustment.Web.Pages;

[TenantRequired]
[CredentialPostLimit]
public sealed class LoginTwoFactorModel(ISender sender, ITenantContext tenantContext, PendingTwoFactor pending) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool Failed { get; private set; }

    public IActionResult OnGet() => PendingAccount() is null ? RedirectToPage("/Login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PendingAccount() is not { } accountId)
        {
            return RedirectToPage("/Login");
        }

        SignInResult? result = null;
        await ModelState.TryAsync(async () => result = await sender.Send(
            new CompleteTwoFactorSignInCommand(accountId, Code ?? "", HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()),
            cancellationToken));
        if (result?.Status == SignInStatus.Succeeded)
        {
            pending.Forget(HttpContext);
            await HttpContext.SignInAsync(AuthConstants.Scheme, ClaimsFactory.FromTicket(result.Session!), new AuthenticationProperties { IsPersistent = false });
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Content("~/"));
        }

        if (result?.Status == SignInStatus.RateLimited)
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        Failed = true;
        return Page();
    }

    private Guid? PendingAccount() => pending.Recall(HttpContext, tenantContext.TenantId!.Value.Value);
}
