using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Outputs.GetSlip;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Results.GetResult;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Results;

/// <summary>One employee's stored result with the full trace (each view audited by the query); recalculate just them.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.RunCalculations))]
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ResultDetailDto Result { get; private set; } = null!;

    public async Task OnGetAsync(int year, Guid employeeId, CancellationToken cancellationToken) =>
        Result = await sender.Send(new GetResultQuery(year, employeeId), cancellationToken);

    public async Task<IActionResult> OnPostRecalculateAsync(int year, Guid employeeId, CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(() => sender.Send(new RunCalculationCommand(year, employeeId), cancellationToken).AsTask()))
        {
            TempData["Notice"] = localizer["Results.Recalculated"].Value;
            return Redirect(Url.Content($"~/admin/results/{year}/{employeeId}"));
        }

        Result = await sender.Send(new GetResultQuery(year, employeeId), cancellationToken);
        return Page();
    }

    // Posted, not linked: each download is audited. The file name carries the year and the copy only.
    public async Task<IActionResult> OnPostSlipAsync(int year, Guid employeeId, SlipCopy copy, CancellationToken cancellationToken)
    {
        SlipFile? slip = null;
        if (await ModelState.TryAsync(async () => slip = await sender.Send(new GetSlipQuery(year, employeeId, copy), cancellationToken)))
        {
            var name = copy == SlipCopy.TaxOffice ? "tax-office" : "employee";
            return File(slip!.Content, SlipFile.ContentType, $"withholding-slip-{year}-{name}.pdf");
        }

        Result = await sender.Send(new GetResultQuery(year, employeeId), cancellationToken);
        return Page();
    }
}
