using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Outputs.GetMySlip;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Results.GetMyResult;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Results;

/// <summary>The signed-in employee's own published result with a plain-language walk through each step (phone first).</summary>
[TenantRequired]
[Authorize]
public sealed class YearModel(ISender sender) : PageModel
{
    public ResultDetailDto Result { get; private set; } = null!;

    public async Task OnGetAsync(int year, CancellationToken cancellationToken) =>
        Result = await sender.Send(new GetMyResultQuery(year), cancellationToken);

    // The 源泉徴収票 (employee copy) as an attachment named by the year only; a refusal (e.g. stale) re-shows the page with the reason.
    public async Task<IActionResult> OnGetSlipAsync(int year, CancellationToken cancellationToken)
    {
        SlipFile? slip = null;
        if (await ModelState.TryAsync(async () => slip = await sender.Send(new GetMySlipQuery(year), cancellationToken)))
        {
            return File(slip!.Content, SlipFile.ContentType, $"withholding-slip-{year}.pdf");
        }

        Result = await sender.Send(new GetMyResultQuery(year), cancellationToken);
        return Page();
    }
}
