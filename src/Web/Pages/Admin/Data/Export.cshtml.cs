using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportTenantData;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Data;

/// <summary>R-04: everything the tenant holds, as a ZIP of CSVs with a manifest, built in a temporary file.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ExportData))]
public sealed class ExportModel(ISender sender, ITenantContext tenantContext) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CsvTextEncoding encoding, CancellationToken cancellationToken)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        TenantExportResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new ExportTenantDataCommand(temp, encoding), cancellationToken)) || result is null || !result.Written)
        {
            foreach (var problem in result?.Problems ?? [])
            {
                ModelState.AddModelError("", problem.ToString());
            }

            await temp.DisposeAsync();
            return Page();
        }

        temp.Position = 0;
        return File(temp, "application/zip", $"{tenantContext.Slug}-export-{DateTime.UtcNow:yyyyMMdd-HHmm}.zip");
    }
}
