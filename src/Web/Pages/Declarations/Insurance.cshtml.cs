using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>保険料: the lines of the 保険料控除申告書 by kind, each on its own page, with the deduction per category as
/// the calculator computes it for the year.</summary>
[TenantRequired]
public sealed class InsuranceModel(ISender sender, IStringLocalizer<SharedResource> localizer) : DeclarationPageModel(sender, localizer)
{
    public override string Step => DeclarationSteps.Insurance;

    public DeclarationEstimateDto Estimate { get; private set; } = null!;

    public InsuranceForm Form => Declaration.Forms.Insurance;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        Estimate = await EstimateAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string kind, Guid entryId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var form = Declaration.Forms.Insurance;
        InsuranceForm? updated = kind switch
        {
            InsuranceLines.Life when form.Life.Any(l => l.EntryId == entryId) => form with { Life = [.. form.Life.Where(l => l.EntryId != entryId)] },
            InsuranceLines.Earthquake when form.Earthquake.Any(l => l.EntryId == entryId) => form with { Earthquake = [.. form.Earthquake.Where(l => l.EntryId != entryId)] },
            InsuranceLines.Social when form.SocialInsurance.Any(l => l.EntryId == entryId) => form with { SocialInsurance = [.. form.SocialInsurance.Where(l => l.EntryId != entryId)] },
            InsuranceLines.MutualAid when form.MutualAid.Any(l => l.EntryId == entryId) => form with { MutualAid = [.. form.MutualAid.Where(l => l.EntryId != entryId)] },
            _ => null,
        };
        if (updated is null)
        {
            return NotFound();
        }

        if (!await SaveAsync(Declaration.Forms with { Insurance = updated }, Step, cancellationToken))
        {
            Estimate = await EstimateAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = L["Flow.Removed"].Value;
        return RedirectToStep(Step);
    }

    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var next = DeclarationSteps.Next(Step)!;
        if (await SaveAsync(Declaration.Forms, next, cancellationToken))
        {
            return RedirectToStep(next);
        }

        Estimate = await EstimateAsync(cancellationToken);
        return Page();
    }
}
