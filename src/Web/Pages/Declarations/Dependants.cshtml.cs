using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>扶養親族: the relatives the employee declares, each added, changed or removed on its own page.</summary>
[TenantRequired]
public sealed class DependantsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : DeclarationPageModel(sender, localizer)
{
    public override string Step => DeclarationSteps.Dependants;

    public IReadOnlyList<DependantRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        Rows = DependantRows.Read(Declaration.Forms, Year);
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
        var next = DeclarationSteps.Next(Step)!;
        return await SaveAsync(Declaration.Forms, next, cancellationToken) ? RedirectToStep(next) : Page();
    }
}
