using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Employees.GetEmployee;
using YearEndAdjustment.Application.Employees.RevealMyNumber;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>
/// One employee. My Numbers stay masked; revealing one is a deliberate POST, allowed only with the view-My-Number
/// permission and audited either way. The digits are shown in that response only, never in a URL.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
public sealed class DetailsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public EmployeeDetailsDto Employee { get; private set; } = null!;

    public string? Revealed { get; private set; }

    public Guid? RevealedFor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Employee = await sender.Send(new GetEmployeeQuery(Id), cancellationToken);

    public async Task<IActionResult> OnPostRevealAsync(Guid? familyMemberId, CancellationToken cancellationToken)
    {
        Employee = await sender.Send(new GetEmployeeQuery(Id), cancellationToken);
        await ModelState.TryAsync(async () =>
        {
            Revealed = (await sender.Send(new RevealMyNumberCommand(Id, familyMemberId), cancellationToken)).Digits;
            RevealedFor = familyMemberId;
        });
        return Page();
    }
}
