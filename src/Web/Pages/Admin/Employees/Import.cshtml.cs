using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.GetEmployeeCsvTemplate;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
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
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ImportModel(ISender sender, ITenantContext tenantContext, UploadStore uploads, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Above the import's own 50 MB limit, so an oversized file gets the application's clear message.</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    public EmployeeImportPreview? Preview { get; private set; }

    public string? UploadId { get; private set; }

    private Guid Tenant => tenantContext.TenantId!.Value.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetTemplateAsync(CsvTextEncoding encoding, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetEmployeeCsvTemplateQuery(encoding), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", localizer["Import.NoFile"]);
            return Page();
        }

        await using (var upload = file.OpenReadStream())
        {
            UploadId = await uploads.SaveAsync(Tenant, upload, cancellationToken);
        }

        await using var stored = uploads.Open(Tenant, UploadId)!;
        if (!await ModelState.TryAsync(async () => Preview = await sender.Send(new PreviewEmployeeImportQuery(stored), cancellationToken)))
        {
            uploads.Delete(Tenant, UploadId);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? uploadId, string? fingerprint, CancellationToken cancellationToken)
    {
        EmployeeImportResult? result = null;
        await using (var stored = uploads.Open(Tenant, uploadId))
        {
            if (stored is null)
            {
                ModelState.AddModelError("", localizer["Import.Expired"]);
                return Page();
            }

            if (!await ModelState.TryAsync(async () => result = await sender.Send(new ImportEmployeesCommand(stored, fingerprint), cancellationToken)) || result is null)
            {
                return Page();
            }
        }

        if (!result.Applied)
        {
            foreach (var issue in result.Errors)
            {
                ModelState.AddModelError("", issue.ToString());
            }

            return Page();
        }

        uploads.Delete(Tenant, uploadId);
        TempData["Notice"] = localizer["Import.Done", result.Added, result.Changed, result.Unchanged, result.Disabled].Value
            + (result.AccountsCreated + result.AccountsDisabled > 0
                ? " " + localizer["Import.AccountsDone", result.AccountsCreated, result.AccountsInvited, result.AccountsDisabled].Value
                : "");
        return Redirect(Url.Content("~/admin/employees"));
    }
}
