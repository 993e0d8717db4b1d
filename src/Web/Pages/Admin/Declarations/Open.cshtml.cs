using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.ListDepartments;
using YearEndAdjustment.Application.Declarations.OpenTaxYear;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Declarations;

/// <summary>
/// Opens a tax year: year, deadline and scope; the work runs as a background job whose page the admin is sent to.
/// Departments are ticked from those on the employee master; leaver numbers are typed (comma, space or line separated).
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class OpenModel(ISender sender, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private static readonly char[] Separators = [',', '、', ' ', '　', '\r', '\n', '\t'];

    [BindProperty]
    public int TaxYear { get; set; }

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    /// <summary>"all" or "departments".</summary>
    [BindProperty]
    public string Scope { get; set; } = "all";

    [BindProperty]
    public List<string> Departments { get; set; } = [];

    [BindProperty]
    public string? Leavers { get; set; }

    public IReadOnlyList<int> Years => [.. DeclarationYearCatalog.SupportedYears.Reverse()];

    /// <summary>A limited admin's departments (empty: all).</summary>
    public IReadOnlyList<string> MyDepartments => currentUser.Departments;

    /// <summary>The departments to choose from, as the employee master has them.</summary>
    public IReadOnlyList<DepartmentDto> DepartmentChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var year = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;
        TaxYear = DeclarationYearCatalog.Supports(year) ? year : DeclarationYearCatalog.SupportedYears[^1];
        DepartmentChoices = await sender.Send(new ListDepartmentsQuery(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DepartmentChoices = await sender.Send(new ListDepartmentsQuery(), cancellationToken);
        if (Deadline is not { } deadline)
        {
            ModelState.AddModelError(nameof(Deadline), localizer["OpenYear.DeadlineRequired"]);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new OpenTaxYearCommand(TaxYear, deadline, Scope == "all", Scope == "all" ? [] : Departments, Split(Leavers));
        OpenTaxYearResult? result = null;
        if (!await ModelState.TryAsync(async () => result = await sender.Send(command, cancellationToken)))
        {
            return Page();
        }

        return Redirect(Url.Content($"~/admin/declarations/jobs/{result!.JobId}"));
    }

    private static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
