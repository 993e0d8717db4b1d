using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace YearEndAdjustment.Web.Pages;

/// <summary>Switches the UI language (Japanese default, English) and returns to the page the user was on.</summary>
public sealed class CultureModel : PageModel
{
    public static readonly string[] Supported = ["ja", "en"];

    public IActionResult OnGet() => LocalRedirect("~/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = Supported.Contains(culture) ? culture! : Supported[0];
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
