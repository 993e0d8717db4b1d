using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// Declaration → DTO, My Numbers masked. Hand-written rather than Mapperly: every person row needs the masked-number
/// projection and the write-only input members left empty, which would be one attribute per member (ADR 0031).
/// </summary>
public static class DeclarationMapper
{
    public static DeclarationDto ToDto(Declaration declaration, bool stored, DateTime nowUtc)
    {
        var definition = declaration.Definition;
        return new DeclarationDto(
            stored ? declaration.Id.Value : null,
            declaration.TaxYear.Value,
            declaration.Status.ToString(),
            declaration.Version,
            declaration.IsEditable,
            declaration.Deadline,
            declaration.SubmittedAtUtc,
            declaration.Status == DeclarationStatus.Submitted && declaration.ReviewStartedAtUtc is null,
            ToDto(declaration.Forms),
            declaration.HousingLoan?.ComputeCredit() ?? 0,
            Localize(declaration.Check(nowUtc)),
            declaration.ReturnComments,
            definition.RelativesSectionTitle,
            definition.HasSpecificRelativePart,
            declaration.LastStep,
            declaration.HasAssistedEditsPending);
    }

    /// <summary>The checks in the request's UI language (ADR 0027), without the message objects.</summary>
    public static IReadOnlyList<DeclarationCheck> Localize(IReadOnlyList<DeclarationCheck> checks) =>
        [.. checks.Select(c => c.Reason is { } reason ? c with { Message = Messages.Get(reason), Reason = null } : c)];

    public static DeclarationFormsDto ToDto(DeclarationForms forms)
    {
        var d = forms.Dependants;
        var b = forms.Basic;
        return new DeclarationFormsDto(
            new DependantsFormDto(
                d.Self,
                d.Spouse is null ? null : ToDto(d.Spouse),
                [.. d.Relatives.Select(ToDto)],
                [.. d.YoungRelatives.Select(ToDto)],
                [.. d.OtherEarnersRelatives.Select(r => new OtherEarnerRelativeDto(ToDto(r.Person), r.OtherEarnerName, r.OtherEarnerRelationship, r.OtherEarnerAddress))],
                d.SpecificRelativeEntryIds),
            new BasicDeductionFormDto(b.SalaryFromOtherPayers, b.OtherIncome, b.SpouseIncome, [.. b.SpecificRelatives.Select(ToDto)], b.IncomeAdjustment),
            forms.Insurance,
            forms.HousingLoan);
    }

    private static PersonDto ToDto(DeclaredPerson p) => new(
        p.EntryId, p.MasterId?.Value, p.Name, p.NameKana, p.Relationship, p.BirthDate, p.Address, p.EstimatedIncome, p.Disability,
        p.Cohabiting, p.IsNonResident, p.NonResidentReason, p.Remittance, p.IsBusinessFamilyEmployee, p.ChangeDate, p.ChangeReason,
        MaskedMyNumber: p.MyNumber?.Masked);
}
