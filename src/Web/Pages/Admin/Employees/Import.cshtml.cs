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
        UploadId = await uploads.PreviewAsync(Tenant, file, ModelState, localizer["Import.NoFile"],
            async stored => Preview = await sender.Send(new PreviewEmployeeImportQuery(stored), cancellationToken), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? uploadId, string? fingerprint, CancellationToken cancellationToken)
    {
        EmployeeImportResult? result = null;
        if (!await uploads.ConfirmAsync(Tenant, uploadId, ModelState, localizer["Import.Expired"], async stored =>
        {
            result = await sender.Send(new ImportEmployeesCommand(stored, fingerprint), cancellationToken);
            return result.Applied ? null : result.Errors;
        }))
        {
            return Page();
        }

        TempData["Notice"] = localizer["Import.Done", result!.Added, result.Changed, result.Unchanged, result.Disabled].Value
            + (result.AccountsCreated + result.AccountsDisabled > 0
                ? " " + localizer["Import.AccountsDone", result.AccountsCreated, result.AccountsInvited, result.AccountsDisabled].Value
                : "");
        return Redirect(Url.Content("~/admin/employees"));
    }
}
