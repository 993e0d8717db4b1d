using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Declarations.GetYearDashboard;
using YearEndAdjustment.Application.Results.GetCalculationState;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Security;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin;

/// <summary>
/// The admin's home: one tax year's progress (counts by status overall and per department, deadline, warnings),
/// a chooser when several years have declarations, and links into the declaration list already filtered.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class IndexModel(ISender sender) : PageModel
{
    public static readonly IReadOnlyList<string> Statuses = ["NotStarted", "Draft", "Submitted", "Returned", "Approved"];

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public YearDashboardDto Dashboard { get; private set; } = null!;

    /// <summary>The year's calculation state; null for admins without RunCalculations (the query refuses them).</summary>
    public CalculationStateDto? Calculation { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Dashboard = await sender.Send(new GetYearDashboardQuery(Year), cancellationToken);
        if (Dashboard.TaxYear is { } year && PermissionPolicies.Holds(User, Permission.RunCalculations))
        {
            Calculation = await sender.Send(new GetCalculationStateQuery(year), cancellationToken);
        }
    }

    /// <summary>A count as the dashboard writes it (thousands separated), on the page and in its kept table.</summary>
    public static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The declaration list of the year filtered by status and (optionally) department.</summary>
    public string ListUrl(string? status = null, string? department = null, bool changed = false)
    {
        var query = new List<string>();
        if (changed)
        {
            query.Add("changed=1");
        }

        if (status is not null)
        {
            query.Add("status=" + Uri.EscapeDataString(status));
        }

        if (department is not null)
        {
            query.Add("dept=" + Uri.EscapeDataString(department));
        }

        var path = Url.Content($"~/admin/declarations/{Dashboard.TaxYear}");
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }
}
