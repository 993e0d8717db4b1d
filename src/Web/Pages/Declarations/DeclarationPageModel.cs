using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.GetMyDeclaration;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>
/// What every page of the employee's guided flow shares: the signed-in employee's own declaration for the year in the
/// URL (never an id of a person), the Version the form was filled from, and saving the whole forms with it. A stale
/// Version keeps what the user typed (the bound properties are re-shown, never reloaded) under a conflict message.
/// </summary>
public abstract class DeclarationPageModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const long MaxAmount = DeclarationYearDefinition.MaxAmount;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public DeclarationDto Declaration { get; private set; } = null!;

    public DeclarationYearDefinition Definition => DeclarationYearCatalog.For(Year);

    /// <summary>True when the save was refused because someone saved in between.</summary>
    public bool Conflict { get; private set; }

    protected ISender Sender => sender;

    protected IStringLocalizer<SharedResource> L => localizer;

    /// <summary>The page's own step (for the progress indicator and the stored resume point).</summary>
    public abstract string Step { get; }

    /// <summary>Loads the declaration; false when the user has none for the year (no employee link, no declaration
    /// opened, or a year the service does not handle).</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Declaration = await sender.Send(new GetMyDeclarationQuery(Year), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (ValidationException)
        {
            return false;
        }

        return Declaration.Id is not null;
    }

    /// <summary>GET of a step: the overview explains a missing declaration; a submitted one is read on the summary.</summary>
    protected async Task<IActionResult?> LoadForGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Redirect(Url.Content($"~/declarations/{Year}"));
        }

        if (!Declaration.IsEditable)
        {
            return Redirect(Url.Content($"~/declarations/{Year}/summary"));
        }

        Version = Declaration.Version;
        return null;
    }

    /// <summary>Saves the forms with the posted Version; false when refused (errors added, typed values kept).</summary>
    protected async Task<bool> SaveAsync(DeclarationFormsDto forms, string resumeStep, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new SaveMyDeclarationCommand(Year, Version, forms, resumeStep), cancellationToken);
            return true;
        }
        catch (DomainRuleViolationException ex) when (ex.Code == Domain.Declarations.Declaration.StaleVersionCode)
        {
            // Keep the typed values; from now on the form carries the current Version, so saving again is a
            // deliberate overwrite after the user has looked.
            Conflict = true;
            ModelState.AddModelError("", localizer["Flow.Conflict"]);
            ModelState.Remove(nameof(Version));
            Version = Declaration.Version;
            return false;
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError("", error.ErrorMessage);
            }

            return false;
        }
        catch (DomainRuleViolationException ex)
        {
            ModelState.AddModelError("", Application.Resources.Messages.Get(ex));
            return false;
        }
    }

    protected IActionResult RedirectToStep(string step, string? fragment = null) =>
        Redirect(Url.Content($"~/declarations/{Year}/{step}") + (fragment is null ? "" : "#" + fragment));

    /// <summary>Field checks shared by the pages: amounts within 0..10 billion yen, dates not in the future.</summary>
    protected void RequireAmount(string field, long? value, bool required = true)
    {
        if (value is null)
        {
            // A value that did not bind already has its own message.
            if (required && (!ModelState.TryGetValue(field, out var entry) || entry.Errors.Count == 0))
            {
                ModelState.AddModelError(field, localizer["Flow.Required"]);
            }

            return;
        }

        if (value is < 0 or > MaxAmount)
        {
            ModelState.AddModelError(field, localizer["Flow.AmountRange"]);
        }
    }

    protected void RequireText(string field, string? value, int maxLength = DeclarationInputRules.MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(field, localizer["Flow.Required"]);
        }
        else if (value.Length > maxLength)
        {
            ModelState.AddModelError(field, localizer["Flow.TooLong", maxLength]);
        }
    }

    protected void RequirePastDate(string field, DateOnly? value, DateOnly today)
    {
        if (value is null)
        {
            if (!ModelState.TryGetValue(field, out var entry) || entry.Errors.Count == 0)
            {
                ModelState.AddModelError(field, localizer["Flow.DateRequired"]);
            }
        }
        else if (value > today)
        {
            ModelState.AddModelError(field, localizer["Flow.DateInFuture"]);
        }
        else if (value < new DateOnly(1900, 1, 1))
        {
            ModelState.AddModelError(field, localizer["Flow.DateTooOld"]);
        }
    }

    protected static DateOnly TodayInJapan(TimeProvider clock) => JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
}
