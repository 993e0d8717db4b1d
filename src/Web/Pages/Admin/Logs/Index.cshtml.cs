using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.AccessLogs.ExportAccessLogs;
using YearEndAdjustment.Application.AccessLogs.ListAccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Logs;

/// <summary>R-20: the tenant's access log for audits (the full tenant export includes it as CSV).</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ViewLogs))]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "path")]
    public string? PathFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Login { get; set; }

    // From the query only: "page" is also Razor Pages' own route value (the page's name), which would win and fail to bind.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AccessLogPage Logs { get; private set; } = new([], 1, ListAccessLogsQueryHandler.PageSize, 0);

    /// <summary>A date out of range (or one the browser could not send as a date) is shown next to its field, with no rows.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ModelState.ErrorCount == 0)
        {
            await ModelState.TryAsync(async () =>
                Logs = await sender.Send(new ListAccessLogsQuery(From, To, PathFilter, Status, Login, PageNumber), cancellationToken));
        }
    }

    /// <summary>The same search as CSV; a command, because the export goes on the audit trail.</summary>
    public async Task<IActionResult> OnPostCsvAsync(CancellationToken cancellationToken)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var search = new ListAccessLogsQuery(From, To, PathFilter, Status, Login);
        if (ModelState.ErrorCount > 0 || !await ModelState.TryAsync(async () => await sender.Send(new ExportAccessLogsCommand(search, temp), cancellationToken)))
        {
            await temp.DisposeAsync();
            return Page();
        }

        temp.Position = 0;
        return File(temp, "text/csv; charset=utf-8", $"access-log-{DateTime.UtcNow:yyyyMMdd}.csv");
    }

    public bool IsInvalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}
