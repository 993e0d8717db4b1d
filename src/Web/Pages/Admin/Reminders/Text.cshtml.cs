using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Reminders.GetReminders;
using YearEndAdjustment.Application.Reminders.SaveReminderText;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Reminders;

/// <summary>The tenant's reminder wording in both languages, with the placeholders listed; or back to the default.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class TextModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string SubjectJa { get; set; } = string.Empty;

    [BindProperty]
    public string BodyJa { get; set; } = string.Empty;

    [BindProperty]
    public string SubjectEn { get; set; } = string.Empty;

    [BindProperty]
    public string BodyEn { get; set; } = string.Empty;

    public IReadOnlyList<string> Placeholders => ReminderText.Placeholders;

    public int BackYear => Year ?? Domain.SharedKernel.JapanTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var text = (await sender.Send(new GetRemindersQuery(BackYear), cancellationToken)).Text;
        (SubjectJa, BodyJa, SubjectEn, BodyEn) = (text.SubjectJa, text.BodyJa, text.SubjectEn, text.BodyEn);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(restore: false, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) => SaveAsync(restore: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool restore, CancellationToken cancellationToken)
    {
        var command = new SaveReminderTextCommand(SubjectJa ?? "", BodyJa ?? "", SubjectEn ?? "", BodyEn ?? "", restore);
        if (!await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask()))
        {
            return Page();
        }

        TempData["Notice"] = localizer[restore ? "Reminders.TextRestored" : "Reminders.TextSaved"].Value;
        return Redirect(Url.Content($"~/admin/reminders/{BackYear}"));
    }
}
