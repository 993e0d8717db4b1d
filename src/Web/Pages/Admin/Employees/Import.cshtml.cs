using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.GetEmployeeCsvTemplate;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
using YearEndAdjustment.Application.Employees.StartEmployeeImport;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;
using YearEndAdjustment.Web.Uploads;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>
/// R-10 employee CSV import: upload → dry-run preview (what will be added, changed, disabled; every error with line
/// and column) → confirm. The upload is kept server-side between the two steps and its fingerprint must match.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
[CsvUpload]
public sealed class ImportModel(
    ISender sender, ITenantContext tenantContext, UploadStore uploads, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public EmployeeImportPreview? Preview { get; private set; }

    public string? UploadId { get; private set; }

    private Guid Tenant => tenantContext.TenantId!.Value.Value;

    /// <summary>With <paramref name="upload"/>: the preview of a file sent by the page's progress-showing uploader.</summary>
    public async Task OnGetAsync(string? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            return;
        }

        if (!await uploads.ExistsAsync(Tenant, upload, cancellationToken))
        {
            ModelState.AddModelError("", localizer["Import.Expired"]);
            return;
        }

        if (await uploads.PreviewStoredAsync(Tenant, upload, ModelState, async stored =>
            (Preview = await sender.Send(new PreviewEmployeeImportQuery(stored), cancellationToken)).IsValid, cancellationToken))
        {
            UploadId = upload;
        }
    }

    public async Task<IActionResult> OnGetTemplateAsync(CsvTextEncoding encoding, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetEmployeeCsvTemplateQuery(encoding), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        // The uploader script (wwwroot/js/upload.js) shows the upload's progress, then opens the preview by its id.
        if (Request.Headers["X-Upload"] == "1")
        {
            if (UploadStore.Missing(file, localizer["Import.NoFile"], localizer["Import.EmptyFile"]) is { } missing)
            {
                return BadRequest(new { error = missing });
            }

            await using var upload = file!.OpenReadStream();
            var id = await uploads.SaveAsync(Tenant, upload, cancellationToken);
            return new JsonResult(new { next = Url.Page("Import", null, new { upload = id }) });
        }

        UploadId = await uploads.PreviewAsync(Tenant, file, ModelState, localizer["Import.NoFile"], localizer["Import.EmptyFile"],
            async stored => (Preview = await sender.Send(new PreviewEmployeeImportQuery(stored), cancellationToken)).IsValid, cancellationToken);
        return Page();
    }

    /// <summary>Queues the import for any node to run and shows its progress (ADR 0025, 0051).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string? uploadId, string? fingerprint, CancellationToken cancellationToken)
    {
        if (!await uploads.ExistsAsync(Tenant, uploadId, cancellationToken))
        {
            ModelState.AddModelError("", localizer["Import.Expired"]);
            return Page();
        }

        var jobId = Guid.Empty;
        if (!await ModelState.TryAsync(async () => jobId = await sender.Send(new StartEmployeeImportCommand(uploadId!, fingerprint), cancellationToken)))
        {
            return Page();
        }

        return Redirect(Url.Content($"~/admin/employees/import/jobs/{jobId:N}"));
    }
}
