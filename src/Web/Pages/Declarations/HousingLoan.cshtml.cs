using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>住宅ローン: only if they have one (second year onward), then the figures of the tax office's form.</summary>
[TenantRequired]
public sealed class HousingLoanModel(ISender sender, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : DeclarationPageModel(sender, localizer)
{
    public static readonly int[] Rates = [70, 100];

    public override string Step => DeclarationSteps.HousingLoan;

    [BindProperty]
    public bool? HasLoan { get; set; }

    [BindProperty]
    public DateOnly? ResidenceStartDate { get; set; }

    [BindProperty]
    public HousingLoanCategory Category { get; set; }

    [BindProperty]
    public long? YearEndBalance { get; set; }

    [BindProperty]
    public int? SharePercent { get; set; }

    [BindProperty]
    public long? AcquisitionPrice { get; set; }

    [BindProperty]
    public long? BalanceLimit { get; set; }

    [BindProperty]
    public int RateBasisPoints { get; set; } = 70;

    [BindProperty]
    public long? CreditLimit { get; set; }

    [BindProperty]
    public bool? TaxOfficeCertificate { get; set; }

    [BindProperty]
    public bool? BalanceCertificate { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (Declaration.Forms.HousingLoan is { } loan)
        {
            HasLoan = true;
            (ResidenceStartDate, Category, YearEndBalance, SharePercent, AcquisitionPrice) = (loan.ResidenceStartDate, loan.Category, loan.YearEndBalance, loan.SharePercent, loan.AcquisitionPrice);
            (BalanceLimit, RateBasisPoints, CreditLimit) = (loan.BalanceLimit, loan.RateBasisPoints, loan.CreditLimit);
            (TaxOfficeCertificate, BalanceCertificate) = (loan.TaxOfficeCertificate.SubmittedOnPaper, loan.BalanceCertificate.SubmittedOnPaper);
        }
        else if (DeclarationSteps.Number(Declaration.LastStep) > DeclarationSteps.Number(Step))
        {
            HasLoan = false;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        HousingLoanForm? loan = null;
        if (HasLoan == true)
        {
            var current = Declaration.Forms.HousingLoan;
            loan = new HousingLoanForm(
                ResidenceStartDate!.Value, Category, YearEndBalance!.Value, SharePercent!.Value, AcquisitionPrice, BalanceLimit!.Value, RateBasisPoints, CreditLimit!.Value,
                new CertificateEvidence(current?.BalanceCertificate.AttachmentIds ?? [], BalanceCertificate == true),
                new CertificateEvidence(current?.TaxOfficeCertificate.AttachmentIds ?? [], TaxOfficeCertificate == true));
        }

        var next = DeclarationSteps.Next(Step)!;
        return await SaveAsync(Declaration.Forms with { HousingLoan = loan }, next, cancellationToken) ? RedirectToStep(next) : Page();
    }

    private void Validate()
    {
        if (HasLoan is null)
        {
            ModelState.AddModelError(nameof(HasLoan), L["Flow.ChooseYesNo"]);
            return;
        }

        if (HasLoan == false)
        {
            foreach (var key in ModelState.Keys.Where(k => k != nameof(HasLoan) && k != nameof(Version)).ToList())
            {
                ModelState.Remove(key);
            }

            return;
        }

        RequirePastDate(nameof(ResidenceStartDate), ResidenceStartDate, TodayInJapan(clock));
        if (!Definition.HousingLoanCategories.Contains(Category))
        {
            ModelState.AddModelError(nameof(Category), L["Flow.Required"]);
        }

        RequireAmount(nameof(YearEndBalance), YearEndBalance);
        RequireAmount(nameof(AcquisitionPrice), AcquisitionPrice, required: false);
        RequireAmount(nameof(BalanceLimit), BalanceLimit);
        RequireAmount(nameof(CreditLimit), CreditLimit);
        if (SharePercent is not (>= 1 and <= 100))
        {
            ModelState.AddModelError(nameof(SharePercent), L["Flow.Loan.ShareRange"]);
        }

        if (!Rates.Contains(RateBasisPoints))
        {
            ModelState.AddModelError(nameof(RateBasisPoints), L["Flow.Required"]);
        }

        if (TaxOfficeCertificate is null)
        {
            ModelState.AddModelError(nameof(TaxOfficeCertificate), L["Flow.ChooseOne"]);
        }

        if (BalanceCertificate is null)
        {
            ModelState.AddModelError(nameof(BalanceCertificate), L["Flow.ChooseOne"]);
        }
    }
}
