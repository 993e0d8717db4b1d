using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using YearEndAdjustment.Application.Jobs.GetBackgroundJob;
using YearEndAdjustment.Application.Outputs.DownloadSlipArchive;
using YearEndAdjustment.Application.Outputs.PrepareSlipArchive;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Results;

/// <summary>
/// The ZIP of the year's slips: progress while the job runs (the page refreshes itself; no inline script under the
/// CSP), then a download button. The download is a POST because each one is audited.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ExportData))]
public sealed class SlipsModel(ISender sender) : PageModel
{
    public const int RefreshSeconds = 2;

    public int TaxYear { get; private set; }

    public BackgroundJobDto Job { get; private set; } = null!;

    public SlipArchiveSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, Guid jobId, CancellationToken cancellationToken)
    {
        return await LoadAsync(year, jobId, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Streams the parts straight to the response; headers are set first but sent only with the first byte, so a refusal still shows the page.</summary>
    public async Task<IActionResult> OnPostDownloadAsync(int year, Guid jobId, CancellationToken cancellationToken)
    {
        Response.ContentType = "application/zip";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = $"withholding-slips-{year}.zip" }.ToString();
        if (await ModelState.TryAsync(() => sender.Send(new DownloadSlipArchiveCommand(jobId, Response.Body), cancellationToken).AsTask()))
        {
            return new EmptyResult();
        }

        Response.Headers.Remove(HeaderNames.ContentDisposition);
        Response.ContentType = null;
        return await LoadAsync(year, jobId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int year, Guid jobId, CancellationToken cancellationToken)
    {
        TaxYear = year;
        Job = await sender.Send(new GetBackgroundJobQuery(jobId), cancellationToken);
        Summary = SlipArchiveSummary.TryParse(Job.Result);
        return Job.Kind == SlipArchivePayload.Kind;
    }
}
