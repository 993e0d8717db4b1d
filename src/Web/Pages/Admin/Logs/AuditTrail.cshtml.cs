using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.AccessLogs.ExportAuditTrail;
using YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Logs;

/// <summary>R-21: the tenant's audit trail — who did what to whose data, when, from where — searched and exported as CSV.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ViewLogs))]
public sealed class AuditTrailModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true, Name = "act")]
    public AuditAction? ActionFilter { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AuditTrailPage Entries { get; private set; } = new([], 1, SearchAuditTrailQueryHandler.PageSize, 0);

    private SearchAuditTrailQuery Search => new(From, To, Actor, Subject, ActionFilter, PageNumber);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ModelState.ErrorCount == 0)
        {
            await ModelState.TryAsync(async () => Entries = await sender.Send(Search, cancellationToken));
        }
    }

    public async Task<IActionResult> OnPostCsvAsync(CancellationToken cancellationToken)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        if (ModelState.ErrorCount > 0 || !await ModelState.TryAsync(async () => await sender.Send(new ExportAuditTrailCommand(Search, temp), cancellationToken)))
        {
            await temp.DisposeAsync();
            return Page();
        }

        temp.Position = 0;
        return File(temp, "text/csv; charset=utf-8", $"audit-trail-{DateTime.UtcNow:yyyyMMdd}.csv");
    }

    public bool IsInvalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}
