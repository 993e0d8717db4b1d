using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.SignOut;
using YearEndAdjustment.Web.Identity;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages;

/// <summary>Sign-out ends the session on the server first, then drops the cookie (POST only: no sign-out by link).</summary>
[TenantRequired]
public sealed class LogoutModel(ISender sender) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("~/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await sender.Send(new SignOutCommand(), cancellationToken);
        }

        await HttpContext.SignOutAsync(AuthConstants.Scheme);
        return LocalRedirect("~/login?signedOut=1");
    }
}
