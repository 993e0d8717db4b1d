using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Jobs.GetBackgroundJob;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Results;

/// <summary>A calculation run's progress, then its counts; refreshes itself while it runs (no inline script under the CSP).</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.RunCalculations))]
public sealed class RunModel(ISender sender) : PageModel
{
    public const int RefreshSeconds = 2;

    public int TaxYear { get; private set; }

    public BackgroundJobDto Job { get; private set; } = null!;

    public RunCalculationSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, Guid jobId, CancellationToken cancellationToken)
    {
        TaxYear = year;
        Job = await sender.Send(new GetBackgroundJobQuery(jobId), cancellationToken);
        if (Job.Kind != RunCalculationPayload.Kind)
        {
            return NotFound();
        }

        Summary = RunCalculationSummary.TryParse(Job.Result);
        return Page();
    }
}
