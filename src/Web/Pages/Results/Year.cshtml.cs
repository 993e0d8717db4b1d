using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
}
