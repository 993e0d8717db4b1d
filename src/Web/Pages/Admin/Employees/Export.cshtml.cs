using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

/// <summary>
/// Employees CSV in the import template's layout. Written to a temporary file first: when the chosen encoding
/// cannot hold a character the admin gets the list of cells instead of a file with '?' in it.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ExportData))]
public sealed class ExportModel(ISender sender) : PageModel
{
    public bool MayIncludeMyNumbers => PermissionPolicies.Holds(User, Permission.ViewMyNumber);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CsvTextEncoding encoding, bool includeMyNumbers, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        EmployeeExportResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(new ExportEmployeesCommand(temp, encoding, includeMyNumbers), cancellationToken)) || result is null || !result.Written)
        {
            foreach (var problem in result?.Problems ?? [])
            {
                ModelState.AddModelError("", problem.ToString());
            }

            await temp.DisposeAsync();
            return Page();
        }

        temp.Position = 0;
        var suffix = encoding == CsvTextEncoding.ShiftJis ? "sjis" : "utf8";
        return File(temp, encoding == CsvTextEncoding.ShiftJis ? "text/csv; charset=shift_jis" : "text/csv; charset=utf-8", $"employees-{DateTime.UtcNow:yyyyMMdd}-{suffix}.csv");
    }
}
