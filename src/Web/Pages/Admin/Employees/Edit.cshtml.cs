using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Employees.GetEmployee;
using YearEndAdjustment.Application.Employees.UpdateEmployee;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>Correcting one employee's master data (Y-01); a change made by someone else in between is never overwritten.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string EmployeeNumber { get; private set; } = "";

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string NameKana { get; set; } = "";

    [BindProperty]
    public DateOnly BirthDate { get; set; }

    [BindProperty]
    public Gender Gender { get; set; }

    [BindProperty]
    public string? PostalCode { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public DateOnly HireDate { get; set; }

    [BindProperty]
    public DateOnly? LeaveDate { get; set; }

    [BindProperty]
    public string? DepartmentCode { get; set; }

    [BindProperty]
    public string? DepartmentName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public bool IsOfficer { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var e = await sender.Send(new GetEmployeeQuery(Id), cancellationToken);
        EmployeeNumber = e.EmployeeNumber;
        (Version, Name, NameKana, BirthDate, Gender, PostalCode, Address) = (e.Version, e.Name, e.NameKana, e.BirthDate, Enum.Parse<Gender>(e.Gender), e.PostalCode, e.Address);
        (HireDate, LeaveDate, DepartmentCode, DepartmentName, Email) = (e.HireDate, e.LeaveDate, e.DepartmentCode, e.DepartmentName, e.Email);
        IsOfficer = e.IsOfficer;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        EmployeeNumber = (await sender.Send(new GetEmployeeQuery(Id), cancellationToken)).EmployeeNumber;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        UpdateEmployeeResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new UpdateEmployeeCommand(
            Id, Version, Name, NameKana, BirthDate, Gender, PostalCode, Address, HireDate, LeaveDate, DepartmentCode, DepartmentName, Email, IsOfficer), cancellationToken)) || result is null)
        {
            return Page();
        }

        TempData["Notice"] = result.ChangedFields.Count == 0 ? localizer["EmployeeEdit.NoChange"].Value : localizer["EmployeeEdit.Saved"].Value;
        return Redirect(Url.Content($"~/admin/employees/{Id}"));
    }
}
