using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;
using YearEndAdjustment.Application.Declarations.SubmitDeclarationOnBehalf;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>確認と提出: every answer with a link back to its page, the checks with a link to the field to fix, the
/// live estimate (見込み), and submit. The estimate figures typed here are sent once and never stored.</summary>
[TenantRequired]
public sealed class SummaryModel(ISender sender, IStringLocalizer<SharedResource> localizer) : DeclarationPageModel(sender, localizer)
{
    public override string Step => DeclarationSteps.Summary;

    public DeclarationEstimateDto Estimate { get; private set; } = null!;

    public IReadOnlyList<DependantRow> Dependants { get; private set; } = [];

    [BindProperty]
    public long? EnteredSalary { get; set; }

    [BindProperty]
    public long? EnteredTaxWithheld { get; set; }

    /// <summary>Set when a submit was refused by a blocking check: the summary lists them at the top.</summary>
    public bool SubmitRefused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Redirect(FlowRoot);
        }

        Version = Declaration.Version;
        await LoadEstimateAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEstimateAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        RequireAmount(nameof(EnteredSalary), EnteredSalary);
        RequireAmount(nameof(EnteredTaxWithheld), EnteredTaxWithheld);
        await LoadEstimateAsync(cancellationToken, ModelState.IsValid);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (AssistedDeclarationId is { } declarationId)
            {
                await Sender.Send(new SubmitDeclarationOnBehalfCommand(Year, declarationId, Version), cancellationToken);
            }
            else
            {
                await Sender.Send(new SubmitMyDeclarationCommand(Year, Version), cancellationToken);
            }
        }
        catch (DomainRuleViolationException ex)
        {
            SubmitRefused = Declaration.Checks.Any(c => c.IsBlocking);
            ModelState.AddModelError("", ex.Code == Domain.Declarations.Declaration.StaleVersionCode ? L["Flow.Conflict"] : L["Flow.SubmitRefused"]);
            Version = Declaration.Version;
            ModelState.Remove(nameof(Version));
            await LoadEstimateAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = L["Flow.Submitted"].Value;
        return Redirect(FlowRoot);
    }

    private async Task LoadEstimateAsync(CancellationToken cancellationToken, bool withEntered = false)
    {
        Dependants = DependantRows.Read(Declaration.Forms, Year);
        Estimate = await EstimateAsync(cancellationToken, withEntered ? EnteredSalary : null, withEntered ? EnteredTaxWithheld : null);
    }
}
