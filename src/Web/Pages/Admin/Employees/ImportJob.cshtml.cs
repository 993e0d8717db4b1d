using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;
using YearEndAdjustment.Web.Uploads;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>
/// The progress of a confirmed import, then its outcome. The page refreshes itself while the import runs (no script
/// needed), so the admin can also leave it and come back; only the admin who confirmed sees it.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
public sealed class ImportJobModel(EmployeeImportJobs jobs, ITenantContext tenantContext) : PageModel
{
    public const int RefreshSeconds = 2;

    public EmployeeImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (jobs.Find(tenantContext.TenantId!.Value, User, id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }
}
