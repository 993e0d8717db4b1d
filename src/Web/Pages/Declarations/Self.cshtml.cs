using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>本人: disability, 寡婦/ひとり親 and 勤労学生 as plain yes/no questions (扶養控除等申告書 section C).</summary>
[TenantRequired]
public sealed class SelfModel(ISender sender, IStringLocalizer<SharedResource> localizer) : DeclarationPageModel(sender, localizer)
{
    public override string Step => DeclarationSteps.Self;

    [BindProperty]
    public DisabilityLevel Disability { get; set; }

    [BindProperty]
    public WidowStatus Widow { get; set; }

    [BindProperty]
    public bool SingleParent { get; set; }

    [BindProperty]
    public bool WorkingStudent { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var self = Declaration.Forms.Dependants.Self;
        (Disability, Widow, SingleParent, WorkingStudent) = (self.Disability, self.Widow, self.IsSingleParent, self.IsWorkingStudent);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // ひとり親 and 寡婦 exclude each other (所得税法2条1項30号・31号).
        if (SingleParent && Widow != WidowStatus.None)
        {
            ModelState.AddModelError(nameof(Widow), L["Flow.Self.WidowOrSingleParent"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var forms = Declaration.Forms;
        var self = forms.Dependants.Self with { Disability = Disability, Widow = Widow, IsSingleParent = SingleParent, IsWorkingStudent = WorkingStudent };
        var next = DeclarationSteps.Next(Step)!;
        if (!await SaveAsync(forms with { Dependants = forms.Dependants with { Self = self } }, next, cancellationToken))
        {
            return Page();
        }

        return RedirectToStep(next);
    }
}
