using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.ImportMyCertificates;

// One declared line per (contract × category) with a value, the December-projected 申告額 as the amount ([C4]'s rule,
// forms-and-formats.md §3.3), each pointing at the stored certificate so the line counts as certified.
internal static class CertificateLines
{
    public static (InsuranceForm Form, int Added) Add(InsuranceForm form, DeductionCertificate certificate, Guid attachmentId, string holder)
    {
        var evidence = new CertificateEvidence([attachmentId], SubmittedOnPaper: false);
        var life = form.Life.ToList();
        var earthquake = form.Earthquake.ToList();
        var social = form.SocialInsurance.ToList();
        var mutual = form.MutualAid.ToList();
        foreach (var amount in certificate.Amounts)
        {
            var kind = amount.InsuranceKind ?? "";
            switch (amount.Kind)
            {
                case CertificateLineKind.LifeNewGeneral:
                    life.Add(Life(LifeInsuranceCategory.General, InsuranceRegime.New));
                    break;
                case CertificateLineKind.LifeOldGeneral:
                    life.Add(Life(LifeInsuranceCategory.General, InsuranceRegime.Old));
                    break;
                case CertificateLineKind.LifeCareMedical:
                    life.Add(Life(LifeInsuranceCategory.CareMedical, InsuranceRegime.New));
                    break;
                case CertificateLineKind.LifeNewPension:
                    life.Add(Life(LifeInsuranceCategory.Pension, InsuranceRegime.New));
                    break;
                case CertificateLineKind.LifeOldPension:
                    life.Add(Life(LifeInsuranceCategory.Pension, InsuranceRegime.Old));
                    break;
                case CertificateLineKind.Earthquake or CertificateLineKind.OldLongTerm:
                    earthquake.Add(new EarthquakeInsuranceLine(
                        Guid.NewGuid(), certificate.IssuerName, kind,
                        amount.Kind == CertificateLineKind.Earthquake ? EarthquakeInsuranceKind.Earthquake : EarthquakeInsuranceKind.OldLongTerm,
                        null, holder, null, amount.Amount, evidence));
                    break;
                case CertificateLineKind.NationalPension or CertificateLineKind.NationalPensionFund:
                    social.Add(new SocialInsuranceLine(
                        Guid.NewGuid(),
                        amount.Kind == CertificateLineKind.NationalPension ? SocialInsuranceKind.NationalPension : SocialInsuranceKind.NationalPensionFund,
                        certificate.IssuerName, holder, amount.Amount, evidence));
                    break;
                default:
                    mutual.Add(new MutualAidLine(Guid.NewGuid(), MutualAidKind.SmallEnterpriseMutualAid, amount.Amount, evidence));
                    break;
            }

            LifeInsuranceLine Life(LifeInsuranceCategory category, InsuranceRegime regime) =>
                new(Guid.NewGuid(), certificate.IssuerName, kind, category, regime, null, holder, null, null, amount.Amount, evidence);
        }

        return (new InsuranceForm(life, earthquake, social, mutual), certificate.Amounts.Count);
    }
}
