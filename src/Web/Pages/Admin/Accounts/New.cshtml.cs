using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Accounts.CreateAccount;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Accounts;

/// <summary>R-10: an admin registers one user ID (bulk registration comes with the employee CSV import).</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageAccounts))]
public sealed class NewModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? LoginId { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public RoleInput Role { get; set; } = new();

    [BindProperty]
    public bool IssueInitialPassword { get; set; }

    public CreateAccountResult? Created { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ModelState.TryAsync(async () => Created = await sender.Send(
            new CreateAccountCommand(LoginId ?? "", DisplayName ?? "", Email, Role.Role, Role.Combined, Role.Departments, IssueInitialPassword),
            cancellationToken));
        return Page();
    }
}
