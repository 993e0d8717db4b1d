using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Jobs.GetBackgroundJob;
using YearEndAdjustment.Application.Reminders.SendReminders;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Reminders;

/// <summary>A reminder round's progress, then how many were sent; refreshes itself while it runs (no inline script).</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class JobModel(ISender sender) : PageModel
{
    public const int RefreshSeconds = 2;

    public BackgroundJobDto Job { get; private set; } = null!;

    public SendRemindersSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Job = await sender.Send(new GetBackgroundJobQuery(id), cancellationToken);
        if (Job.Kind != SendRemindersPayload.Kind)
        {
            return NotFound();
        }

        Summary = SendRemindersSummary.TryParse(Job.Result);
        return Page();
    }
}
