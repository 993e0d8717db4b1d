using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.RequestPasswordReset;
using YearEndAdjustment.Web.Tenancy;

using YearEndAdjustment.Web.Security;

namespace YearEndAdjustment.Web.Pages.Account;

/// <summary>R-15: the same answer whether or not the address is registered.</summary>
[TenantRequired]
[CredentialPostLimit]
public sealed class ForgotPasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Sent = await ModelState.TryAsync(() => sender.Send(new RequestPasswordResetCommand(Email ?? ""), cancellationToken).AsTask());
        return Page();
    }
}
