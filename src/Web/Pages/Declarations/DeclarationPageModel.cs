using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.GetDeclarationEstimateForAssist;
using YearEndAdjustment.Application.Declarations.GetDeclarationForAssist;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;
using YearEndAdjustment.Application.Declarations.SaveDeclarationOnBehalf;
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
/// The same pages serve assisted entry (ADR 0041): reached under <c>/admin/declarations/{year}/{declarationId}/assist/…</c>
/// (a second route per page, <see cref="AssistRoutes"/>), they load and save that declaration through the admin's
/// commands instead of the employee's own, and every link stays inside that mode.
/// </summary>
public abstract class DeclarationPageModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const long MaxAmount = DeclarationYearDefinition.MaxAmount;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public DeclarationDto Declaration { get; private set; } = null!;

    /// <summary>The declaration id of the assisted-entry route; null on the employee's own pages. Read from the route
    /// only, so a posted field can never switch the mode.</summary>
    public Guid? AssistedDeclarationId =>
        RouteData.Values.TryGetValue(AssistRoutes.DeclarationIdKey, out var value) && Guid.TryParse(value as string, out var id) ? id : null;

    public bool Assisted => AssistedDeclarationId is not null;

    /// <summary>Whose declaration the admin is entering (assisted mode only), for the banner.</summary>
    public string? AssistedEmployeeName { get; private set; }

    /// <summary>The flow's base URL (resolved, tenant included): the employee's pages or the assisted-entry ones.</summary>
    public string FlowRoot => Assisted
        ? Url.Content($"~/{AssistRoutes.Prefix}/{Year}/{AssistedDeclarationId}/{AssistRoutes.Segment}")
        : Url.Content($"~/declarations/{Year}");

    /// <summary>The reviewer's comments on a returned declaration that concern this page (their field path links here).</summary>
    public IReadOnlyList<ReviewComment> PageComments => Declaration is { Status: "Returned" } d
        ? [.. d.ReturnComments.Where(c => c.FieldPath.Length > 0 && FieldPathLinks.PageOf(Year, c.FieldPath) == CurrentPage)]
        : [];

    /// <summary>The comments on the declaration as a whole (empty field path), shown at the top of every step.</summary>
    public IReadOnlyList<ReviewComment> WholeComments => Declaration is { Status: "Returned" } d
        ? [.. d.ReturnComments.Where(c => c.FieldPath.Length == 0)]
        : [];

    /// <summary>Whether the page shows the reviewer's comments box (most pages, most of the time: no).</summary>
    public bool HasReviewComments => Declaration is { Status: "Returned" } && (WholeComments.Count > 0 || PageComments.Count > 0);

    /// <summary>Whether the overview and the summary show every comment of a returned declaration (usually: no).</summary>
    public bool HasReturnComments => Declaration is { Status: "Returned", ReturnComments.Count: > 0 };

    /// <summary>This page's place in the flow as <see cref="FieldPathLinks"/> names it (e.g. <c>2026/insurance/life/&lt;id&gt;</c>).</summary>
    protected virtual string CurrentPage => $"{Year}/{Step}";

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
            if (AssistedDeclarationId is { } declarationId)
            {
                var assisted = await sender.Send(new GetDeclarationForAssistQuery(Year, declarationId), cancellationToken);
                (Declaration, AssistedEmployeeName) = (assisted.Declaration, assisted.EmployeeName);
                ViewData[AssistRoutes.EmployeeNameKey] = assisted.EmployeeName;
            }
            else
            {
                Declaration = await sender.Send(new GetMyDeclarationQuery(Year), cancellationToken);
            }
        }
        catch (NotFoundException)
        {
            return false;
        }
        catch (ValidationException)
        {
            return false;
        }

        ViewData[AssistRoutes.FieldCommentsKey] = PageComments.ToLookup(c => FieldPathLinks.AnchorOf(c.FieldPath), StringComparer.Ordinal);
        return Declaration.Id is not null;
    }

    /// <summary>GET of a step: the overview explains a missing declaration; a submitted one is read on the summary.</summary>
    protected async Task<IActionResult?> LoadForGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Redirect(FlowRoot);
        }

        if (!Declaration.IsEditable)
        {
            return Redirect($"{FlowRoot}/{DeclarationSteps.Summary}");
        }

        Version = Declaration.Version;
        return null;
    }

    /// <summary>Saves the forms with the posted Version; false when refused (errors added, typed values kept).</summary>
    protected async Task<bool> SaveAsync(DeclarationFormsDto forms, string resumeStep, CancellationToken cancellationToken)
    {
        try
        {
            if (AssistedDeclarationId is { } declarationId)
            {
                await sender.Send(new SaveDeclarationOnBehalfCommand(Year, declarationId, Version, forms), cancellationToken);
            }
            else
            {
                await sender.Send(new SaveMyDeclarationCommand(Year, Version, forms, resumeStep), cancellationToken);
            }

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
        Redirect($"{FlowRoot}/{step}" + (fragment is null ? "" : "#" + fragment));

    /// <summary>The live estimate of this declaration: the employee's own, or, in assisted mode, the admin's view of it.</summary>
    protected async Task<DeclarationEstimateDto> EstimateAsync(CancellationToken cancellationToken, long? enteredSalary = null, long? enteredTaxWithheld = null) =>
        AssistedDeclarationId is { } declarationId
            ? await sender.Send(new GetDeclarationEstimateForAssistQuery(Year, declarationId, enteredSalary, enteredTaxWithheld), cancellationToken)
            : await sender.Send(new GetMyDeclarationEstimateQuery(Year, enteredSalary, enteredTaxWithheld), cancellationToken);

    /// <summary>Partials (progress, line actions) build their links from the flow's base URL.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ViewData[AssistRoutes.FlowRootKey] = FlowRoot;
        base.OnPageHandlerExecuting(context);
    }

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
