using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Tenants.GetPayerSettings;
using YearEndAdjustment.Application.Tenants.UpdatePayerSettings;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Admin.Settings;

/// <summary>The payer (支払者) printed on the withholding slips and the 統一CSV; a department-limited admin only reads it.</summary>
[TenantRequired]
[Authorize(Policy = "perm:" + nameof(Permission.ManageSettings))]
public sealed class PayerModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? PayerName { get; set; }

    [BindProperty]
    public string? PayerAddress { get; set; }

    [BindProperty]
    public string? PayerPhone { get; set; }

    [BindProperty]
    public string? PayerCorporateNumber { get; set; }

    public string DisplayName { get; private set; } = string.Empty;

    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var s = await LoadAsync(cancellationToken);
        (PayerName, PayerAddress, PayerPhone, PayerCorporateNumber) = (s.PayerName, s.PayerAddress, s.PayerPhone, s.PayerCorporateNumber);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(() => sender.Send(
            new UpdatePayerSettingsCommand(PayerName, PayerAddress, PayerPhone, PayerCorporateNumber), cancellationToken).AsTask()))
        {
            TempData["Notice"] = localizer["Common.Saved"].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<PayerSettingsDto> LoadAsync(CancellationToken cancellationToken)
    {
        var s = await sender.Send(new GetPayerSettingsQuery(), cancellationToken);
        (DisplayName, MayEdit) = (s.DisplayName, s.MayEdit);
        return s;
    }
}
