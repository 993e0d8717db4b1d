using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>配偶者: "do you have a spouse?", then their details and income estimate (section A and part 2 of the
/// combined form). The My Number is a handler argument, never written back to the page.</summary>
[TenantRequired]
public sealed class SpouseModel(ISender sender, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : DeclarationPageModel(sender, localizer)
{
    public override string Step => DeclarationSteps.Spouse;

    [BindProperty]
    public bool? HasSpouse { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? NameKana { get; set; }

    [BindProperty]
    public DateOnly? BirthDate { get; set; }

    [BindProperty]
    public bool? Cohabiting { get; set; }

    [BindProperty]
    public DisabilityLevel Disability { get; set; }

    [BindProperty]
    public long? SalaryRevenue { get; set; }

    [BindProperty]
    public long? OtherIncome { get; set; }

    public string? MaskedMyNumber { get; private set; }

    /// <summary>The saved 合計所得金額 estimate and the deduction it gives, computed by the calculator.</summary>
    public long? TotalIncome { get; private set; }

    public SpouseDeductionKind? DeductionKind { get; private set; }

    public long SpouseDeduction { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var spouse = Declaration.Forms.Dependants.Spouse;
        if (spouse is not null)
        {
            HasSpouse = true;
            (Name, NameKana, BirthDate, Cohabiting, Disability) = (spouse.Name, spouse.NameKana, spouse.BirthDate, spouse.Cohabiting, spouse.Disability);
            var income = Declaration.Forms.Basic.SpouseIncome;
            (SalaryRevenue, OtherIncome) = income is null ? ((long?)null, (long?)spouse.EstimatedIncome) : (income.SalaryRevenue, income.OtherIncome);
        }
        else if (Declaration.Status != "NotStarted" && DeclarationSteps.Number(Declaration.LastStep) > DeclarationSteps.Number(Step))
        {
            HasSpouse = false;
        }

        await LoadDisplayAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? myNumber, string? go, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Validate(myNumber);
        if (!ModelState.IsValid)
        {
            await LoadDisplayAsync(cancellationToken);
            return Page();
        }

        var forms = Declaration.Forms;
        var next = DeclarationSteps.Next(Step)!;
        DeclarationFormsDto updated;
        if (HasSpouse != true)
        {
            updated = forms with { Dependants = forms.Dependants with { Spouse = null }, Basic = forms.Basic with { SpouseIncome = null } };
        }
        else
        {
            var revenue = SalaryRevenue ?? 0;
            var other = OtherIncome ?? 0;
            var total = Definition.Rules.EmploymentIncome.Lookup(revenue) + other;
            var current = forms.Dependants.Spouse;
            var spouse = new PersonDto(
                current?.EntryId ?? Guid.NewGuid(), current?.MasterId, Name!.Trim(), NameKana!.Trim(), DeclaredRelationship.Spouse, BirthDate!.Value,
                current?.Address, total, Disability, Cohabiting == true, current?.IsNonResident ?? false, current?.NonResidentReason, current?.Remittance ?? 0,
                current?.IsBusinessFamilyEmployee ?? false, current?.ChangeDate, current?.ChangeReason, MyNumber: string.IsNullOrWhiteSpace(myNumber) ? null : myNumber.Trim());
            updated = forms with
            {
                Dependants = forms.Dependants with { Spouse = spouse },
                Basic = forms.Basic with { SpouseIncome = new SpouseIncomeEstimate(revenue, other) },
            };
        }

        if (!await SaveAsync(updated, next, cancellationToken))
        {
            await LoadDisplayAsync(cancellationToken);
            return Page();
        }

        // "Save and check": the same page shows the computed income and the deduction it gives.
        return HasSpouse == true && go == "stay" ? RedirectToStep(Step, "spouse-result") : RedirectToStep(next);
    }

    private void Validate(string? myNumber)
    {
        if (HasSpouse is null)
        {
            ModelState.AddModelError(nameof(HasSpouse), L["Flow.ChooseYesNo"]);
            return;
        }

        if (HasSpouse == false)
        {
            // Nothing else is asked; values typed before "no" was chosen are ignored, not validated.
            foreach (var key in ModelState.Keys.Where(k => k != nameof(HasSpouse) && k != nameof(Version)).ToList())
            {
                ModelState.Remove(key);
            }

            return;
        }

        RequireText(nameof(Name), Name);
        RequireText(nameof(NameKana), NameKana);
        RequirePastDate(nameof(BirthDate), BirthDate, TodayInJapan(clock));
        if (Cohabiting is null)
        {
            ModelState.AddModelError(nameof(Cohabiting), L["Flow.ChooseYesNo"]);
        }

        RequireAmount(nameof(SalaryRevenue), SalaryRevenue);
        RequireAmount(nameof(OtherIncome), OtherIncome);
        if (!string.IsNullOrWhiteSpace(myNumber) && !System.Text.RegularExpressions.Regex.IsMatch(myNumber.Trim(), "^[0-9]{12}$"))
        {
            ModelState.AddModelError("MyNumber", L["Flow.MyNumberShape"]);
        }
    }

    private async Task LoadDisplayAsync(CancellationToken cancellationToken)
    {
        var spouse = Declaration.Forms.Dependants.Spouse;
        MaskedMyNumber = spouse?.MaskedMyNumber;
        if (spouse is null)
        {
            return;
        }

        var estimate = await EstimateAsync(cancellationToken);
        TotalIncome = spouse.EstimatedIncome;
        DeductionKind = estimate.SpouseDeductionKind;
        SpouseDeduction = estimate.SpouseDeduction;
    }
}
