using Mediator;
using Microsoft.AspNetCore.Localization;
using YearEndAdjustment.Application.Accounts.SetPreferredCulture;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace YearEndAdjustment.Web.Pages;

/// <summary>Switches the UI language (Japanese default, English) and returns to the page the user was on.</summary>
public sealed class CultureModel(ISender sender) : PageModel
{
    public static readonly string[] Supported = ["ja", "en"];

    public IActionResult OnGet() => LocalRedirect("~/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl, CancellationToken cancellationToken)
    {
        var chosen = Supported.Contains(culture) ? culture! : Supported[0];
        if (User.Identity?.IsAuthenticated == true)
        {
            // Signed in: remembered on the account, so it follows the user to other browsers.
            await sender.Send(new SetPreferredCultureCommand(chosen), cancellationToken);
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });

        // Only same-site paths: an open redirect would let a phishing link borrow our domain.
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : LocalRedirect("~/");
    }
}
