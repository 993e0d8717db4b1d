using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Outputs.GetMunicipalitySummary;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Results;

/// <summary>The 総括表 figures per municipality, to fill in each 給与支払報告書（総括表） next to the 統一CSV.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.RunCalculations))]
public sealed class MunicipalitiesModel(ISender sender) : PageModel
{
    public MunicipalitySummaryDto Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (!DeclarationYearCatalog.Supports(year))
        {
            return NotFound();
        }

        Summary = await sender.Send(new GetMunicipalitySummaryQuery(year), cancellationToken);
        return Page();
    }
}
