using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Accounts.AssignAccountRole;
using YearEndAdjustment.Application.Accounts.GetAccount;
using YearEndAdjustment.Application.Accounts.ManageAccount;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Accounts;

/// <summary>One account: disable/enable, unlock, new initial password, invitation, 2FA reset, role .</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageAccounts))]
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RoleInput Role { get; set; } = new();

    public AccountDetailsDto Account { get; private set; } = null!;

    public string? IssuedPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken, resetRole: true);

    public async Task<IActionResult> OnPostActionAsync(AccountAction action, CancellationToken cancellationToken)
    {
        ManageAccountResult? result = null;
        if (await ModelState.TryAsync(async () => result = await sender.Send(new ManageAccountCommand(Id, action), cancellationToken)) && result is not null)
        {
            if (result.InitialPassword is { } password)
            {
                IssuedPassword = password;
            }
            else
            {
                TempData["Notice"] = localizer["ActionDone." + action].Value;
                return RedirectToPage(new { Id });
            }
        }

        await LoadAsync(cancellationToken, resetRole: true);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(() => sender.Send(new AssignAccountRoleCommand(Id, Role.Role, Role.Combined, Role.Departments), cancellationToken).AsTask()))
        {
            TempData["Notice"] = localizer["Accounts.RoleSaved"].Value;
            return RedirectToPage(new { Id });
        }

        await LoadAsync(cancellationToken, resetRole: false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken, bool resetRole)
    {
        Account = await sender.Send(new GetAccountQuery(Id), cancellationToken);
        if (resetRole)
        {
            Role = RoleInput.From(Account.Role, Account.Permissions, Account.Departments);
        }
    }
}
