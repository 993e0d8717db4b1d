namespace YearEndAdjustment.Domain.Adjustments.Rules;

// A piece of the statutory salary-after-deduction formula (所得税法28条3項, NTA No.1410) that holds from
// SalaryFrom upwards: floor(salary × RateTenths / 10) + Offset. Used for the 4,000-yen rows of the NTA table
// (evaluated at the row's lower bound) and for salaries of 6,600,000 and more.
public readonly record struct EmploymentIncomeSegment(long SalaryFrom, int RateTenths, long Offset)
{
    public long Apply(long salary) => (salary * RateTenths / 10) + Offset;
}
