using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>扶養親族: the relatives the employee declares, each added, changed or removed on its own page.</summary>
[TenantRequired]
public sealed class DependantsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : DeclarationPageModel(sender, localizer)
{
    public override string Step => DeclarationSteps.Dependants;

    public IReadOnlyList<DependantRow> Rows { get; private set; } = [];

    /// <summary>所得金額調整控除 (措置法41条の3の11): which requirement applies, if any (salary over 8.5 million yen).</summary>
    [BindProperty]
    public IncomeAdjustmentRequirement? AdjustmentRequirement { get; set; }

    /// <summary>The spouse or relative the requirement is about (not for the employee's own special disability).</summary>
    [BindProperty]
    public Guid? AdjustmentPerson { get; set; }

    /// <summary>The people a claim may name: the spouse and every declared relative.</summary>
    public IReadOnlyList<(Guid Id, string Name)> AdjustmentPeople
    {
        get
        {
            var people = Rows.Select(r => (r.Person.EntryId, r.Person.Name)).Distinct().ToList();
            if (Declaration.Forms.Dependants.Spouse is { } spouse)
            {
                people.Insert(0, (spouse.EntryId, spouse.Name));
            }

            return people;
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        Rows = DependantRows.Read(Declaration.Forms, Year);
        (AdjustmentRequirement, AdjustmentPerson) = (Declaration.Forms.Basic.IncomeAdjustment?.Requirement, Declaration.Forms.Basic.IncomeAdjustment?.PersonEntryId);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid entryId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Rows = DependantRows.Read(Declaration.Forms, Year);
        if (Rows.All(r => r.Person.EntryId != entryId))
        {
            return NotFound();
        }

        if (!await SaveAsync(DependantRows.Remove(Declaration.Forms, entryId), Step, cancellationToken))
        {
            return Page();
        }

        TempData["Notice"] = L["Flow.Removed"].Value;
        return RedirectToStep(Step);
    }

    // "Next" saves the resume point, so the next sign-in continues on the following page.
    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Rows = DependantRows.Read(Declaration.Forms, Year);
        var claim = AdjustmentClaim();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var forms = Declaration.Forms with { Basic = Declaration.Forms.Basic with { IncomeAdjustment = claim } };
        var next = DeclarationSteps.Next(Step)!;
        return await SaveAsync(forms, next, cancellationToken) ? RedirectToStep(next) : Page();
    }

    // The employee's own special disability names nobody; every other requirement names one of the listed people.
    // Whether the person really fits (age, disability, spouse or not) is the domain checks' job on the summary.
    private IncomeAdjustmentClaim? AdjustmentClaim()
    {
        if (AdjustmentRequirement is not { } requirement)
        {
            return null;
        }

        if (requirement == IncomeAdjustmentRequirement.EmployeeSpeciallyDisabled)
        {
            return new IncomeAdjustmentClaim(requirement, null, null);
        }

        if (AdjustmentPerson is not { } person || AdjustmentPeople.All(p => p.Id != person))
        {
            ModelState.AddModelError(nameof(AdjustmentPerson), L["Flow.IncomeAdjustment.PersonRequired"]);
            return null;
        }

        return new IncomeAdjustmentClaim(requirement, person, null);
    }
}
