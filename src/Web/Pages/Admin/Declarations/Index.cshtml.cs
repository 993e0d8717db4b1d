using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Declarations.ListOpenedYears;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Declarations;

/// <summary>The opened tax years with counts by status; a minimal list until the progress dashboard (next issue).</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class IndexModel(ISender sender) : PageModel
{
    public static readonly IReadOnlyList<string> Statuses = ["NotStarted", "Draft", "Submitted", "Returned", "Approved"];

    public IReadOnlyList<OpenedYearDto> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Years = await sender.Send(new ListOpenedYearsQuery(), cancellationToken);
}
