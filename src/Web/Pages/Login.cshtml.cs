using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Web.Identity;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;
using SignInResult = YearEndAdjustment.Application.Accounts.SignIn.SignInResult;

namespace YearEndAdjustment.Web.Pages;

/// <summary>Sign-in. Every failure shows one message, so the page never tells which IDs exist.</summary>
[TenantRequired]
[CredentialPostLimit]
public sealed class LoginModel(ISender sender, ITenantContext tenantContext, PendingTwoFactor pending) : PageModel
{
    [BindProperty]
    public string? LoginId { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl()) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInResult? result = null;
        var ok = await ModelState.TryAsync(async () => result = await sender.Send(
            new SignInCommand(LoginId ?? "", Password ?? "", HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()),
            cancellationToken));
        Password = null;
        if (!ok || result is null)
        {
            return Page();
        }

        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                await HttpContext.SignInAsync(AuthConstants.Scheme, ClaimsFactory.FromTicket(result.Session!), new AuthenticationProperties { IsPersistent = false });
                return LocalRedirect(SafeReturnUrl());
            case SignInStatus.TwoFactorRequired:
                pending.Remember(HttpContext, tenantContext.TenantId!.Value.Value, result.PendingAccountId!.Value);
                return RedirectToPage("/LoginTwoFactor", new { ReturnUrl });
            case SignInStatus.RateLimited:
                return StatusCode(StatusCodes.Status429TooManyRequests);
            default:
                Failed = true;
                return Page();
        }
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Content("~/");
}
