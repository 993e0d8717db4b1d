using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Declarations.OpenTaxYear;
using YearEndAdjustment.Application.Jobs.GetBackgroundJob;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Declarations;

/// <summary>
/// The opening job's progress, then its outcome. Refreshes itself with a meta refresh while it runs (CSP allows no
/// inline script), so the admin may leave and come back; only the admin who started it sees it (the query checks).
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class JobModel(ISender sender) : PageModel
{
    public const int RefreshSeconds = 2;

    public BackgroundJobDto Job { get; private set; } = null!;

    public OpenTaxYearSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Job = await sender.Send(new GetBackgroundJobQuery(id), cancellationToken);
        if (Job.Kind != OpenTaxYearPayload.Kind)
        {
            return NotFound();
        }

        Summary = OpenTaxYearSummary.TryParse(Job.Result);
        return Page();
    }
}
