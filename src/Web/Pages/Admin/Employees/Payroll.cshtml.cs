using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.ImportPayrollTotals;
using YearEndAdjustment.Application.Employees.PreviewPayrollTotalsImport;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Tenancy;
using YearEndAdjustment.Web.Uploads;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>Y-02: payroll totals per tax year from the payroll system's CSV, with the same preview and confirm steps.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
[CsvUpload]
public sealed class PayrollModel(ISender sender, ITenantContext tenantContext, UploadStore uploads, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PayrollTotalsImportPreview? Preview { get; private set; }

    public string? UploadId { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int TaxYear { get; set; }

    public IReadOnlyList<int> Years => [2026, 2025, 2024];

    private Guid Tenant => tenantContext.TenantId!.Value.Value;

    public void OnGet()
    {
        if (TaxYear == 0)
        {
            TaxYear = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;
        }
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        UploadId = await uploads.PreviewAsync(Tenant, file, ModelState, localizer["Import.NoFile"], localizer["Import.EmptyFile"],
            async stored => (Preview = await sender.Send(new PreviewPayrollTotalsImportQuery(stored, TaxYear), cancellationToken)).IsValid, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? uploadId, string? fingerprint, CancellationToken cancellationToken)
    {
        PayrollTotalsImportResult? result = null;
        if (!await uploads.ConfirmAsync(Tenant, uploadId, ModelState, localizer["Import.Expired"], async stored =>
        {
            result = await sender.Send(new ImportPayrollTotalsCommand(stored, TaxYear, fingerprint), cancellationToken);
            return result.Applied ? null : result.Errors;
        }))
        {
            return Page();
        }

        TempData["Notice"] = localizer["Payroll.Done", TaxYear, result!.Added, result.Changed, result.Unchanged].Value;
        return Redirect(Url.Content("~/admin/employees"));
    }
}
