using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.CheckAccountToken;
using YearEndAdjustment.Application.Accounts.SetPasswordWithToken;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Account;

/// <summary>The target of invitation and reset links: one-time, expiring.</summary>
[TenantRequired]
public sealed class SetPasswordModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? NewPasswordConfirmation { get; set; }

    public bool Usable { get; private set; }

    public string? LoginId { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await CheckAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SetPasswordWithTokenResult? result = null;
        var ok = await ModelState.TryAsync(async () => result = await sender.Send(
            new SetPasswordWithTokenCommand(Token ?? "", NewPassword ?? "", NewPasswordConfirmation ?? ""), cancellationToken));
        if (ok && result is not null)
        {
            Done = result.LoginId;
            return Page();
        }

        await CheckAsync(cancellationToken);
        return Page();
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var status = await sender.Send(new CheckAccountTokenQuery(Token ?? ""), cancellationToken);
        Usable = status.IsUsable;
        LoginId = status.LoginId;
    }
}
