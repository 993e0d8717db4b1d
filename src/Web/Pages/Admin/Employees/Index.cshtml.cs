using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Employees.ListEmployees;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Employees;

[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageEmployees))]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dept { get; set; }

    [BindProperty(SupportsGet = true)]
    public EmployeeStatusFilter Status { get; set; } = EmployeeStatusFilter.Current;

    // From the query only: "page" is also Razor Pages' own route value (the page's name), which would win and fail to bind.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public EmployeePage Employees { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Employees = await sender.Send(new ListEmployeesQuery(Q, Dept, Status, PageNumber), cancellationToken);
}
