using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Application.Employees.StartEmployeeImport;
using YearEndAdjustment.Application.Jobs.GetBackgroundJob;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>
/// The progress of a confirmed import, then its outcome, read from the job in the database: any node answers
/// (ADR 0051). The page updates itself while the import runs, so the admin may leave and come back; only the admin
/// who confirmed sees it (the query checks the tenant and the account).
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
public sealed class ImportJobModel(ISender sender) : PageModel
{
    public const int RefreshSeconds = 2;

    public BackgroundJobDto Job { get; private set; } = null!;

    public EmployeeImportSummary? Summary { get; private set; }

    /// <summary>The stage being shown; before the first report, the reading of the file.</summary>
    public EmployeeImportStage Stage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Job = await sender.Send(new GetBackgroundJobQuery(id), cancellationToken);
        if (Job.Kind != EmployeeImportPayload.Kind)
        {
            return NotFound();
        }

        Stage = Enum.TryParse<EmployeeImportStage>(Job.Stage, out var stage) ? stage : EmployeeImportStage.Reading;
        Summary = EmployeeImportSummary.TryParse(Job.Result);
        return Page();
    }
}
