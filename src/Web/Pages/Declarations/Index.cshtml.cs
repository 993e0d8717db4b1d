using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations.WithdrawMyDeclaration;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The overview of the year's declaration: status, deadline, progress and where to continue; a clear page
/// (not an error) when the user has no declaration for the year.</summary>
[TenantRequired]
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> localizer) : DeclarationPageModel(sender, localizer)
{
    public override string Step => "";

    public bool Available { get; private set; }

    /// <summary>The page to continue at: the stored resume point, else the first topic.</summary>
    public string ContinueStep => DeclarationSteps.IsKnown(Declaration.LastStep) ? Declaration.LastStep! : DeclarationSteps.Self;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Available = await LoadAsync(cancellationToken);
        if (Available)
        {
            Version = Declaration.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Available = true;
        if (!await ModelState.TryAsync(() => Sender.Send(new WithdrawMyDeclarationCommand(Year, Version), cancellationToken).AsTask()))
        {
            return Page();
        }

        TempData["Notice"] = L["Flow.Withdrawn"].Value;
        return Redirect(FlowRoot);
    }
}
