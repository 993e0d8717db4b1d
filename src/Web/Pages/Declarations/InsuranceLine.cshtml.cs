using Mediator;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.ListMyAttachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Web.Tenancy;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>One insurance line (life, earthquake, social insurance, mutual aid) on its own page. The certificate is
/// answered as "on paper" or "not yet": uploading files is not built yet, and existing attachment ids are kept.</summary>
[TenantRequired]
public sealed class InsuranceLineModel(ISender sender, IStringLocalizer<SharedResource> localizer) : DeclarationPageModel(sender, localizer)
{
    public override string Step => DeclarationSteps.Insurance;

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Entry { get; set; } = "";

    protected override string CurrentPage => $"{Year}/{Step}/{Kind}/{(Guid.TryParse(Entry, out var id) ? id.ToString() : Entry)}";

    [BindProperty]
    public string? InsurerName { get; set; }

    [BindProperty]
    public string? InsuranceKind { get; set; }

    [BindProperty]
    public LifeInsuranceCategory Category { get; set; }

    [BindProperty]
    public InsuranceRegime Regime { get; set; }

    [BindProperty]
    public EarthquakeInsuranceKind EarthquakeKind { get; set; }

    [BindProperty]
    public SocialInsuranceKind SocialKind { get; set; }

    [BindProperty]
    public MutualAidKind MutualAidKind { get; set; }

    [BindProperty]
    public string? PayeeName { get; set; }

    [BindProperty]
    public string? PersonName { get; set; }

    [BindProperty]
    public long? Premium { get; set; }

    [BindProperty]
    public bool? Certificate { get; set; }

    public bool IsNew => Entry == "new";

    private Guid? EntryId => IsNew ? null : Guid.TryParse(Entry, out var id) ? id : Guid.Empty;

    private IReadOnlyList<Guid> Attachments { get; set; } = [];

    /// <summary>The certificate files attached to this line (the employee's own pages only).</summary>
    public IReadOnlyList<AttachmentDto> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadForGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!Read())
        {
            return NotFound();
        }

        if (!Assisted && Attachments.Count > 0)
        {
            var mine = await Sender.Send(new ListMyAttachmentsQuery(Year), cancellationToken);
            Files = [.. mine.Where(a => Attachments.Contains(a.Id))];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Only the stored attachments are taken from the saved line; everything typed stays as posted.
        var posted = (InsurerName, InsuranceKind, Category, Regime, EarthquakeKind, SocialKind, MutualAidKind, PayeeName, PersonName, Premium, Certificate);
        if (!Read())
        {
            return NotFound();
        }

        (InsurerName, InsuranceKind, Category, Regime, EarthquakeKind, SocialKind, MutualAidKind, PayeeName, PersonName, Premium, Certificate) = posted;
        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = EntryId ?? Guid.NewGuid();
        var certificate = new CertificateEvidence(Attachments, Certificate == true);
        var form = Declaration.Forms.Insurance;
        var updated = Kind switch
        {
            InsuranceLines.Life => form with
            {
                Life = Upsert(form.Life, l => l.EntryId, new LifeInsuranceLine(id, InsurerName!.Trim(), InsuranceKind?.Trim() ?? "", Category, Regime, null, PersonName?.Trim(), null, null, Premium!.Value, certificate)),
            },
            InsuranceLines.Earthquake => form with
            {
                Earthquake = Upsert(form.Earthquake, l => l.EntryId, new EarthquakeInsuranceLine(id, InsurerName!.Trim(), InsuranceKind?.Trim() ?? "", EarthquakeKind, null, PersonName?.Trim(), null, Premium!.Value, certificate)),
            },
            InsuranceLines.Social => form with
            {
                SocialInsurance = Upsert(form.SocialInsurance, l => l.EntryId, new SocialInsuranceLine(id, SocialKind, PayeeName!.Trim(), PersonName?.Trim() ?? "", Premium!.Value, certificate)),
            },
            _ => form with { MutualAid = Upsert(form.MutualAid, l => l.EntryId, new MutualAidLine(id, MutualAidKind, Premium!.Value, certificate)) },
        };
        if (!await SaveAsync(Declaration.Forms with { Insurance = updated }, Step, cancellationToken))
        {
            return Page();
        }

        TempData["Notice"] = L[IsNew ? "Flow.Insurance.Added" : "Flow.Saved"].Value;
        return RedirectToStep(Step, Kind);
    }

    private static List<T> Upsert<T>(IReadOnlyList<T> lines, Func<T, Guid> id, T line)
    {
        var list = lines.ToList();
        var index = list.FindIndex(l => id(l) == id(line));
        if (index >= 0)
        {
            list[index] = line;
        }
        else
        {
            list.Add(line);
        }

        return list;
    }

    // Fills the form from the saved line; false for an unknown kind or an entry id this declaration does not have.
    private bool Read()
    {
        if (!InsuranceLines.All.Contains(Kind) || EntryId == Guid.Empty)
        {
            return false;
        }

        if (EntryId is not { } id)
        {
            return true;
        }

        var form = Declaration.Forms.Insurance;
        switch (Kind)
        {
            case InsuranceLines.Life when form.Life.FirstOrDefault(l => l.EntryId == id) is { } l:
                (InsurerName, InsuranceKind, Category, Regime, PersonName, Premium) = (l.InsurerName, l.InsuranceKind, l.Category, l.Regime, l.ContractorName, l.Premium);
                (Certificate, Attachments) = (l.Certificate.SubmittedOnPaper, l.Certificate.AttachmentIds);
                return true;
            case InsuranceLines.Earthquake when form.Earthquake.FirstOrDefault(l => l.EntryId == id) is { } e:
                (InsurerName, InsuranceKind, EarthquakeKind, PersonName, Premium) = (e.InsurerName, e.InsuranceKind, e.Kind, e.ContractorName, e.Premium);
                (Certificate, Attachments) = (e.Certificate.SubmittedOnPaper, e.Certificate.AttachmentIds);
                return true;
            case InsuranceLines.Social when form.SocialInsurance.FirstOrDefault(l => l.EntryId == id) is { } s:
                (SocialKind, PayeeName, PersonName, Premium) = (s.Kind, s.PayeeName, s.BearerName, s.Premium);
                (Certificate, Attachments) = (s.Certificate.SubmittedOnPaper, s.Certificate.AttachmentIds);
                return true;
            case InsuranceLines.MutualAid when form.MutualAid.FirstOrDefault(l => l.EntryId == id) is { } m:
                (MutualAidKind, Premium) = (m.Kind, m.Amount);
                (Certificate, Attachments) = (m.Certificate.SubmittedOnPaper, m.Certificate.AttachmentIds);
                return true;
            default:
                return false;
        }
    }

    private void Validate()
    {
        if (Kind is InsuranceLines.Life or InsuranceLines.Earthquake)
        {
            RequireText(nameof(InsurerName), InsurerName);
        }

        if (Kind == InsuranceLines.Life && Category == LifeInsuranceCategory.CareMedical && Regime == InsuranceRegime.Old)
        {
            ModelState.AddModelError(nameof(Regime), L["Flow.Line.CareMedicalNewOnly"]);
        }

        if (Kind == InsuranceLines.Social)
        {
            RequireText(nameof(PayeeName), PayeeName);
        }

        RequireAmount(nameof(Premium), Premium);
        if (Certificate is null)
        {
            ModelState.AddModelError(nameof(Certificate), L["Flow.ChooseOne"]);
        }
    }
}
