using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Employees.GetEmployee;
using YearEndAdjustment.Application.Employees.RemoveFamilyMember;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>Confirms, then removes one family member with their My Number; the removal itself is a POST only.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
public sealed class FamilyMemberRemoveModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid MemberId { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public EmployeeDetailsDto Employee { get; private set; } = null!;

    public FamilyMemberDto Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Employee.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await ModelState.TryAsync(async () => await sender.Send(new RemoveFamilyMemberCommand(Id, MemberId, Version), cancellationToken)))
        {
            return Page();
        }

        TempData["Notice"] = localizer["Family.Removed"].Value;
        return Redirect(Url.Content($"~/admin/employees/{Id}"));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Employee = await sender.Send(new GetEmployeeQuery(Id), cancellationToken);
        if (Employee.FamilyMembers.FirstOrDefault(f => f.Id == MemberId) is not { } member)
        {
            return false;
        }

        Member = member;
        return true;
    }
}
