using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>One relative on its own page ("new" or the row's opaque entry id). Under-16 and "claimed by another
/// earner" are answered as questions; the section follows from the answers and this year's rules.</summary>
[TenantRequired]
public sealed class RelativeModel(ISender sender, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : DeclarationPageModel(sender, localizer)
{
    public static readonly DeclaredRelationship[] Relationships =
    [
        DeclaredRelationship.Child, DeclaredRelationship.Parent, DeclaredRelationship.SpouseParent, DeclaredRelationship.Grandparent,
        DeclaredRelationship.SpouseGrandparent, DeclaredRelationship.Grandchild, DeclaredRelationship.Sibling, DeclaredRelationship.Other,
    ];

    public override string Step => DeclarationSteps.Dependants;

    [BindProperty(SupportsGet = true)]
    public string Entry { get; set; } = "";

    protected override string CurrentPage => $"{Year}/{Step}/{(Guid.TryParse(Entry, out var id) ? id.ToString() : Entry)}";

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? NameKana { get; set; }

    [BindProperty]
    public DeclaredRelationship Relationship { get; set; } = DeclaredRelationship.Child;

    [BindProperty]
    public DateOnly? BirthDate { get; set; }

    [BindProperty]
    public long? Income { get; set; }

    [BindProperty]
    public bool? Cohabiting { get; set; }

    [BindProperty]
    public DisabilityLevel Disability { get; set; }

    [BindProperty]
    public bool? NonResident { get; set; }

    [BindProperty]
    public NonResidentReason? NonResidentReason { get; set; }

    [BindProperty]
    public bool? ClaimedByOther { get; set; }

    [BindProperty]
    public string? OtherEarnerName { get; set; }

    [BindProperty]
    public string? OtherEarnerRelationship { get; set; }

    public bool IsNew => Entry == "new";

    public string? MaskedMyNumber { get; private set; }

    private DependantRow? Existing { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!FindRow())
        {
            return NotFound();
        }

        if (Existing is { } row)
        {
            var p = row.Person;
            (Name, NameKana, Relationship, BirthDate, Income, Cohabiting, Disability) = (p.Name, p.NameKana, p.Relationship, p.BirthDate, p.EstimatedIncome, p.Cohabiting, p.Disability);
            (NonResident, NonResidentReason, ClaimedByOther) = (p.IsNonResident, p.NonResidentReason, row.Placement == DependantRows.OtherEarner);
            (OtherEarnerName, OtherEarnerRelationship) = (row.OtherEarnerName, row.OtherEarnerRelationship);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? myNumber, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !FindRow())
        {
            return NotFound();
        }

        Validate(myNumber);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var current = Existing?.Person;
        var person = new PersonDto(
            current?.EntryId ?? Guid.NewGuid(), current?.MasterId, Name!.Trim(), NameKana!.Trim(), Relationship, BirthDate!.Value, current?.Address,
            Income!.Value, Disability, Cohabiting == true, NonResident == true, NonResident == true ? NonResidentReason : null, current?.Remittance ?? 0,
            current?.IsBusinessFamilyEmployee ?? false, current?.ChangeDate, current?.ChangeReason,
            MyNumber: string.IsNullOrWhiteSpace(myNumber) ? null : myNumber.Trim());
        var other = ClaimedByOther == true ? new OtherEarnerRelativeDto(person, OtherEarnerName!.Trim(), OtherEarnerRelationship!.Trim(), null) : null;
        var forms = DependantRows.Place(Declaration.Forms, person, other, Definition);
        if (!await SaveAsync(forms, Step, cancellationToken))
        {
            return Page();
        }

        TempData["Notice"] = L[IsNew ? "Flow.Dependants.Added" : "Flow.Saved"].Value;
        return RedirectToStep(Step);
    }

    private bool FindRow()
    {
        if (IsNew)
        {
            return true;
        }

        if (!Guid.TryParse(Entry, out var id))
        {
            return false;
        }

        Existing = DependantRows.Read(Declaration.Forms, Year).FirstOrDefault(r => r.Person.EntryId == id);
        MaskedMyNumber = Existing?.Person.MaskedMyNumber;
        return Existing is not null;
    }

    private void Validate(string? myNumber)
    {
        RequireText(nameof(Name), Name);
        RequireText(nameof(NameKana), NameKana);
        if (!Relationships.Contains(Relationship))
        {
            ModelState.AddModelError(nameof(Relationship), L["Flow.Required"]);
        }

        RequirePastDate(nameof(BirthDate), BirthDate, TodayInJapan(clock));
        RequireAmount(nameof(Income), Income);
        if (Cohabiting is null)
        {
            ModelState.AddModelError(nameof(Cohabiting), L["Flow.ChooseYesNo"]);
        }

        if (NonResident is null)
        {
            ModelState.AddModelError(nameof(NonResident), L["Flow.ChooseYesNo"]);
        }
        else if (NonResident == true && NonResidentReason is null)
        {
            ModelState.AddModelError(nameof(NonResidentReason), L["Flow.Relative.NonResidentReasonRequired"]);
        }

        if (ClaimedByOther is null)
        {
            ModelState.AddModelError(nameof(ClaimedByOther), L["Flow.ChooseYesNo"]);
        }
        else if (ClaimedByOther == true)
        {
            RequireText(nameof(OtherEarnerName), OtherEarnerName);
            RequireText(nameof(OtherEarnerRelationship), OtherEarnerRelationship);
        }

        if (!string.IsNullOrWhiteSpace(myNumber) && !System.Text.RegularExpressions.Regex.IsMatch(myNumber.Trim(), "^[0-9]{12}$"))
        {
            ModelState.AddModelError("MyNumber", L["Flow.MyNumberShape"]);
        }
    }
}
