using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Declarations.ListDeclarations;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Declarations;

/// <summary>One year's declarations with filters, search, sorting and bounded paging (ADR 0038).</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class ListModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dept { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Attachments { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Warnings { get; set; }

    /// <summary>"1" (the dashboard's link) or "true": only declarations whose result is stale.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Changed { get; set; }

    public bool ChangedOnly => Changed is "1" or "true";

    [BindProperty(SupportsGet = true)]
    public DeclarationSort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    // From the query only: "page" is also Razor Pages' own route value (the page's name), which would win and fail to bind.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DeclarationListPage? Declarations { get; private set; }

    // An unknown status in a hand-typed URL shows the validator's reason instead of an error page.
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await ModelState.TryAsync(async () => Declarations = await sender.Send(
            new ListDeclarationsQuery(Year, Status, Dept, Attachments, Warnings, Q, Sort, Desc, PageNumber, ChangedOnly), cancellationToken));

    /// <summary>The query string of this list with one parameter changed (sorting links and the pager).</summary>
    public string Link(int? page = null, DeclarationSort? sort = null, bool? desc = null) =>
        "?" + string.Join('&', new[]
        {
            ("q", Q ?? ""), ("dept", Dept ?? ""), ("status", Status ?? ""),
            ("attachments", Attachments ? "true" : ""), ("warnings", Warnings ? "true" : ""), ("changed", ChangedOnly ? "1" : ""),
            ("sort", (sort ?? Sort).ToString()), ("desc", (desc ?? Desc) ? "true" : ""),
            ("page", (page ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }.Where(p => p.Item2.Length > 0).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
}
