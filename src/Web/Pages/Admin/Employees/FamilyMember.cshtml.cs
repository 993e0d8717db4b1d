using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Employees.AddFamilyMember;
using YearEndAdjustment.Application.Employees.GetEmployee;
using YearEndAdjustment.Application.Employees.UpdateFamilyMember;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>
/// Adding (no member id) or correcting one spouse or relative of an employee (Y-01). The My Number is a handler
/// argument, not a bound property, so the page never writes it back: after an error it must be typed again, and a
/// stored number shows masked only.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
public sealed class FamilyMemberModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? MemberId { get; set; }

    public string EmployeeName { get; private set; } = "";

    public string EmployeeNumber { get; private set; } = "";

    public bool HasMyNumber { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string NameKana { get; set; } = "";

    [BindProperty]
    public FamilyRelationship Relationship { get; set; }

    [BindProperty]
    public DateOnly? BirthDate { get; set; }

    [BindProperty]
    public bool Cohabiting { get; set; }

    [BindProperty]
    public DisabilityKind Disability { get; set; }

    [BindProperty]
    public bool NonResident { get; set; }

    [BindProperty]
    public long? EstimatedIncome { get; set; }

    [BindProperty]
    public bool RemoveMyNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } employee)
        {
            return NotFound();
        }

        Version = employee.Version;
        if (employee.FamilyMembers.FirstOrDefault(f => f.Id == MemberId) is { } m)
        {
            (Name, NameKana, Relationship, BirthDate) = (m.Name, m.NameKana, Enum.Parse<FamilyRelationship>(m.Relationship), m.BirthDate);
            (Cohabiting, Disability, NonResident, EstimatedIncome) = (m.Cohabiting, Enum.Parse<DisabilityKind>(m.Disability), m.NonResident, m.EstimatedIncome);
        }
        else
        {
            (Cohabiting, EstimatedIncome) = (true, 0);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? myNumber, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string? notice = null;
        if (!await ModelState.TryAsync(async () => notice = await SaveAsync(myNumber, cancellationToken)) || notice is null)
        {
            return Page();
        }

        TempData["Notice"] = notice;
        return Redirect(Url.Content($"~/admin/employees/{Id}"));
    }

    private async Task<string> SaveAsync(string? myNumber, CancellationToken cancellationToken)
    {
        if (MemberId is not { } memberId)
        {
            await sender.Send(new AddFamilyMemberCommand(
                Id, Version, Name, NameKana, Relationship, BirthDate, Cohabiting, Disability, NonResident, EstimatedIncome, myNumber), cancellationToken);
            return localizer["Family.Added"].Value;
        }

        var result = await sender.Send(new UpdateFamilyMemberCommand(
            Id, memberId, Version, Name, NameKana, Relationship, BirthDate, Cohabiting, Disability, NonResident, EstimatedIncome, myNumber, RemoveMyNumber),
            cancellationToken);
        return localizer[result.ChangedFields.Count == 0 ? "EmployeeEdit.NoChange" : "EmployeeEdit.Saved"].Value;
    }

    /// <summary>The employee for the heading; null when the member id names nobody of this employee.</summary>
    private async Task<EmployeeDetailsDto?> LoadAsync(CancellationToken cancellationToken)
    {
        var employee = await sender.Send(new GetEmployeeQuery(Id), cancellationToken);
        (EmployeeName, EmployeeNumber) = (employee.Name, employee.EmployeeNumber);
        if (MemberId is null)
        {
            return employee;
        }

        var member = employee.FamilyMembers.FirstOrDefault(f => f.Id == MemberId);
        HasMyNumber = member?.HasMyNumber ?? false;
        return member is null ? null : employee;
    }
}
