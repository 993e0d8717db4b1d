using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using YearEndAdjustment.Application.Declarations.ApproveDeclaration;
using YearEndAdjustment.Application.Declarations.GetDeclarationForReview;
using YearEndAdjustment.Application.Declarations.ReopenDeclaration;
using YearEndAdjustment.Application.Declarations.ReturnDeclaration;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Declarations;

/// <summary>
/// The reviewer's screen: the forms line by line (read-only) with a comment box beside each line, the attachments
/// beside the line they support, checks, history and the live estimate; return, approve and reopen. Each action
/// carries the version the page showed, so a declaration changed meanwhile is refused with nothing changed.
/// </summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ReviewDeclarations))]
public sealed class ReviewModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid DeclarationId { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public List<CommentInput> Comments { get; set; } = [];

    [BindProperty]
    public string? GeneralComment { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DeclarationReviewDto Declaration { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Declaration = await sender.Send(new GetDeclarationForReviewQuery(Year, DeclarationId), cancellationToken);

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        List<ReviewComment> comments =
        [
            .. string.IsNullOrWhiteSpace(GeneralComment) ? [] : new[] { new ReviewComment("", GeneralComment) },
            .. Comments.Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c => new ReviewComment(c.Path ?? "", c.Text!)),
        ];
        return await ActAsync(() => sender.Send(new ReturnDeclarationCommand(Year, DeclarationId, Version, comments)).AsTask(), "Review.Returned", cancellationToken);
    }

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        ActAsync(() => sender.Send(new ApproveDeclarationCommand(Year, DeclarationId, Version)).AsTask(), "Review.Approved", cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        ActAsync(() => sender.Send(new ReopenDeclarationCommand(Year, DeclarationId, Version, Reason ?? "")).AsTask(), "Review.Reopened", cancellationToken);

    private async Task<IActionResult> ActAsync(Func<Task> action, string notice, CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(action))
        {
            TempData["Notice"] = notice;
            return RedirectToPage(new { Year, DeclarationId });
        }

        // Refused: the page shows the reason above the current state; the typed comments stay in their boxes.
        Declaration = await sender.Send(new GetDeclarationForReviewQuery(Year, DeclarationId), cancellationToken);
        return Page();
    }

    /// <summary>The comment typed into a line's box before a refused post, so it is not lost.</summary>
    public string? TypedComment(int index) => index < Comments.Count ? Comments[index].Text : null;

    /// <summary>The item a line's comment was aimed at before a refused post (the line itself by default).</summary>
    public string ChosenPath(int index, string linePath) => index < Comments.Count && Comments[index].Path is { Length: > 0 } path ? path : linePath;

    public sealed class CommentInput
    {
        public string? Path { get; set; }

        public string? Text { get; set; }
    }
}
