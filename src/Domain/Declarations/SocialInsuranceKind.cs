namespace YearEndAdjustment.Domain.Declarations;

// 社会保険の種類 paid directly (所得税法74条), forms-and-formats.md §1.3.3.
public enum SocialInsuranceKind
{
    NationalPension,
    NationalPensionFund,
    NationalHealthInsurance,
    HealthInsurance,
    LongTermCareInsurance,
    EmployeesPension,
    LateStageElderlyMedical,
    Other,
}
