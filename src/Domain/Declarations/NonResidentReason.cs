namespace YearEndAdjustment.Domain.Declarations;

// 非居住者である親族 on the 扶養控除等申告書 section B (所得税法2条1項34号の2, from 2023): a non-resident aged 30–69 is a
// 控除対象扶養親族 only when studying abroad, disabled, or receiving at least 380,000 a year from the employee.
public enum NonResidentReason
{
    AgeUnder30OrOver70,
    StudyingAbroad,
    Disabled,
    Remittance380kOrMore,
}
