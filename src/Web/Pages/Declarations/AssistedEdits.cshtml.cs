using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations.ConfirmAssistedEdits;
using YearEndAdjustment.Application.Declarations.GetMyAssistedEdits;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The employee sees what an admin entered on their behalf (field, old → new, who, when; My Numbers masked as
/// the history holds them) and confirms it (ADR 0041). Their own page only: it has no assisted-entry twin.</summary>
[TenantRequired]
public sealed class AssistedEditsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<AssistedEditDto> Edits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Redirect(Url.Content($"~/declarations/{Year}"));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var shownVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return Redirect(Url.Content($"~/declarations/{Year}"));
        }

        // The list on screen is the one confirmed: an admin edit made since it was shown makes the Version stale.
        if (!await ModelState.TryAsync(() => sender.Send(new ConfirmAssistedEditsCommand(Year, shownVersion), cancellationToken).AsTask()))
        {
            return Page();
        }

        TempData["Notice"] = localizer["Flow.AssistedEdits.Confirmed"].Value;
        return Redirect(Url.Content($"~/declarations/{Year}"));
    }

    /// <summary>"Step: field" for a field path, in the UI language (the path's own name when no label exists).</summary>
    public string FieldLabel(string fieldPath) => FieldPathLinks.Label(fieldPath, localizer);

    /// <summary>A history value as the employee reads it: yes/no for ticks, "(none)" for nothing, else as recorded.</summary>
    public string Value(string? recorded) => recorded switch
    {
        null or "" => localizer["Flow.AssistedEdits.Empty"].Value,
        "true" => localizer["Flow.Yes"].Value,
        "false" => localizer["Flow.No"].Value,
        _ => recorded,
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var edits = await sender.Send(new GetMyAssistedEditsQuery(Year), cancellationToken);
            (Edits, Version) = (edits.Edits, edits.Version);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (FluentValidation.ValidationException)
        {
            return false;
        }
    }
}
