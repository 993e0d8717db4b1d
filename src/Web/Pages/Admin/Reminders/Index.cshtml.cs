using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Reminders.GetReminders;
using YearEndAdjustment.Application.Reminders.SaveReminderSchedule;
using YearEndAdjustment.Application.Reminders.SendReminders;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Reminders;

/// <summary>
/// One year's reminders: how many a reminder now would reach, the mail as it will read, "send now" (a background
/// job with a progress page), the schedule in days before the deadline, and the rounds so far.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private static readonly char[] Separators = [',', '、', ' ', '　'];

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public string? Days { get; set; }

    public RemindersDto Reminders { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(fillDays: true, cancellationToken);

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        SendRemindersResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new SendRemindersCommand(Year), cancellationToken)))
        {
            await LoadAsync(fillDays: true, cancellationToken);
            return Page();
        }

        return Redirect(Url.Content($"~/admin/reminders/jobs/{result!.JobId}"));
    }

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken)
    {
        var days = new List<int>();
        foreach (var part in (Days ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                ModelState.AddModelError(nameof(Days), localizer["Reminders.DaysNotNumbers"]);
                await LoadAsync(fillDays: false, cancellationToken);
                return Page();
            }

            days.Add(day);
        }

        if (!await ModelState.TryAsync(() => sender.Send(new SaveReminderScheduleCommand(Year, days), cancellationToken).AsTask()))
        {
            await LoadAsync(fillDays: false, cancellationToken);
            return Page();
        }

        TempData["Notice"] = localizer["Reminders.ScheduleSaved"].Value;
        return Redirect(Url.Content($"~/admin/reminders/{Year}"));
    }

    private async Task LoadAsync(bool fillDays, CancellationToken cancellationToken)
    {
        Reminders = await sender.Send(new GetRemindersQuery(Year), cancellationToken);
        if (fillDays)
        {
            Days = string.Join(", ", Reminders.ScheduleDays);
        }
    }
}
