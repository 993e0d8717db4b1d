using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportYearEndResults;
using YearEndAdjustment.Application.Outputs.ExportUnifiedCsv;
using YearEndAdjustment.Application.Outputs.PrepareSlipArchive;
using YearEndAdjustment.Application.Results.ListResults;
using YearEndAdjustment.Application.Results.PublishResults;
using YearEndAdjustment.Application.Results.RunCalculation;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Application.Results.UnpublishResults;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Results;

/// <summary>
/// The year's results (issue 12 item 6): totals, filters, one page of rows; run the calculation, publish or unpublish
/// (all or the ticked rows), download the payroll CSV. Every action goes through the mediator, which checks rights.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.RunCalculations))]
public sealed class IndexModel(ISender sender, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ResultStatusFilter Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Published { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int TaxYear { get; private set; }

    public ResultListDto List { get; private set; } = null!;

    public bool MayPublish => PermissionPolicies.Holds(User, Permission.PublishResults);

    public bool MayExport => PermissionPolicies.Holds(User, Permission.ExportData);

    public IReadOnlyList<int> Years => [.. DeclarationYearCatalog.SupportedYears.Reverse()];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        if (!Resolve(year))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(int year, CancellationToken cancellationToken)
    {
        TaxYear = year;
        RunCalculationResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new RunCalculationCommand(year), cancellationToken)))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect(Url.Content($"~/admin/results/{year}/runs/{result!.JobId}"));
    }

    public async Task<IActionResult> OnPostPublishAsync(int year, List<Guid> selected, bool all, CancellationToken cancellationToken)
    {
        TaxYear = year;
        PublishResultsResult? result = null;
        if (await ModelState.TryAsync(async () => result = await sender.Send(new PublishResultsCommand(year, all ? [] : selected), cancellationToken)))
        {
            TempData["Notice"] = result!.StaleSkipped > 0
                ? localizer["Results.PublishedSkipped", result.Published, result.StaleSkipped].Value
                : localizer["Results.Published", result.Published].Value;
            return Redirect(Url.Content($"~/admin/results/{year}"));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int year, List<Guid> selected, bool all, CancellationToken cancellationToken)
    {
        TaxYear = year;
        var count = 0;
        if (await ModelState.TryAsync(async () => count = await sender.Send(new UnpublishResultsCommand(year, all ? [] : selected), cancellationToken)))
        {
            TempData["Notice"] = localizer["Results.Unpublished", count].Value;
            return Redirect(Url.Content($"~/admin/results/{year}"));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Written to a temporary file first, so a refusal (stale, Shift_JIS) comes back as the page, not a broken file.</summary>
    public async Task<IActionResult> OnPostExportAsync(int year, CsvTextEncoding encoding, CancellationToken cancellationToken)
    {
        TaxYear = year;
        var path = Path.GetTempFileName();
        var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        ResultsExportResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new ExportResultsCommand(year, temp, encoding), cancellationToken)) || result is null || !result.Written)
        {
            foreach (var problem in result?.Problems ?? [])
            {
                ModelState.AddModelError("", problem.ToString());
            }

            await temp.DisposeAsync();
            await LoadAsync(cancellationToken);
            return Page();
        }

        temp.Position = 0;
        var suffix = encoding == CsvTextEncoding.ShiftJis ? "sjis" : "utf8";
        return File(temp, encoding == CsvTextEncoding.ShiftJis ? "text/csv; charset=shift_jis" : "text/csv; charset=utf-8", $"year-end-results-{year}-{suffix}.csv");
    }

    /// <summary>The eLTAX 統一CSV (Shift_JIS, no header), through a temporary file like the results CSV so a refusal re-shows the page.</summary>
    public async Task<IActionResult> OnPostUnifiedCsvAsync(int year, CancellationToken cancellationToken)
    {
        TaxYear = year;
        var path = Path.GetTempFileName();
        var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        if (!await ModelState.TryAsync(() => sender.Send(new ExportUnifiedCsvCommand(year, temp), cancellationToken).AsTask()))
        {
            await temp.DisposeAsync();
            await LoadAsync(cancellationToken);
            return Page();
        }

        temp.Position = 0;
        return File(temp, "text/csv; charset=shift_jis", $"unified-{year}.csv");
    }

    /// <summary>Queues the year's ZIP of employee copies and shows its progress.</summary>
    public async Task<IActionResult> OnPostSlipArchiveAsync(int year, CancellationToken cancellationToken)
    {
        TaxYear = year;
        var jobId = Guid.Empty;
        if (!await ModelState.TryAsync(async () => jobId = await sender.Send(new PrepareSlipArchiveCommand(year), cancellationToken)))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect(Url.Content($"~/admin/results/{year}/slips/{jobId}"));
    }

    private bool Resolve(int? year)
    {
        if (year is { } given)
        {
            TaxYear = given;
            return DeclarationYearCatalog.Supports(given);
        }

        // January still belongs to last year's adjustment (slips are due by 31 January).
        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var guess = today.Month == 1 ? today.Year - 1 : today.Year;
        TaxYear = DeclarationYearCatalog.Supports(guess) ? guess : DeclarationYearCatalog.SupportedYears[^1];
        return true;
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        List = await sender.Send(new ListResultsQuery(TaxYear, Status, Published, Department, Number, Math.Max(1, PageNumber)), cancellationToken);
}
