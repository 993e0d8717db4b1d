using YearEndAdjustment.Application.Declarations.Contracts;

namespace YearEndAdjustment.Infrastructure.Certificates;

// Element codes of the NTA certificate forms (forms-and-formats.md §3.3), as data. TEG800's codes are from the
// reference ([C3] [C4]); for TEG810, TEG840 and TEG850 the reference lists only some enumerations, so the holder,
// year and amount codes below are assumptions (○) to check against the e-Tax schema bundle [N2] — docs/formats.md
// lists them. A corrected code changes this table only.
internal sealed record CertificateSchema(
    string FormId,
    CertificateForm Form,
    string IssuerElement,
    string HolderElement,
    string ContractElement,
    string YearElement,
    string? ContractNumberElement,
    string? InsuranceKindElement,
    IReadOnlyList<(string Element, CertificateLineKind Kind)> Amounts)
{
    public const string KyotsuNamespace = "http://xml.e-tax.nta.go.jp/XSD/kyotsu";

    public static readonly IReadOnlyList<CertificateSchema> All =
    [
        // 証明額（12月期想定）: old general 00500, old annuity 00540, new general 00590, care-medical 00630, new annuity 00670.
        new("TEG800", CertificateForm.LifeInsurance, "WCA00000", "WCD00000", "WCE00000", "WCE00010", "WCE00040", "WCE00050",
        [
            ("WCE00500", CertificateLineKind.LifeOldGeneral),
            ("WCE00540", CertificateLineKind.LifeOldPension),
            ("WCE00590", CertificateLineKind.LifeNewGeneral),
            ("WCE00630", CertificateLineKind.LifeCareMedical),
            ("WCE00670", CertificateLineKind.LifeNewPension),
        ]),
        new("TEG810", CertificateForm.EarthquakeInsurance, "WDA00000", "WDD00000", "WDE00000", "WDE00010", "WDE00040", "WDE00050",
        [
            ("WDE00170", CertificateLineKind.Earthquake),
            ("WDE00180", CertificateLineKind.OldLongTerm),
        ]),
        new("TEG840", CertificateForm.NationalPension, "WOK00000", "WOD00000", "WOO00000", "WOE00000", null, null,
        [
            ("WOO00070", CertificateLineKind.NationalPension),
        ]),
        new("TEG850", CertificateForm.SmallEnterpriseMutualAid, "WPA00000", "WPD00000", "WPE00000", "WPE00010", "WPE00020", null,
        [
            ("WPE00070", CertificateLineKind.SmallEnterpriseMutualAid),
        ]),
    ];

    // TEG840: WOA00000 = 1 国民年金保険料 / 2 国民年金基金掛金 ([C3] test).
    public const string NationalPensionKindElement = "WOA00000";
}
