namespace YearEndAdjustment.Domain.Adjustments;

// Where the employee stands at the year's last salary payment (NTA No.2665). Leavers are adjusted only for the
// listed reasons; DepartingAbroad and LeftOnDeath are adjusted at departure/death with that day as reference date.
public enum EmploymentStatus
{
    EmployedAtYearEnd,
    LeftOnDeath,
    LeftWithSeriousDisability,
    LeftAfterDecemberSalary,
    LeftPartTimeNotReemployed,
    DepartingAbroad,
    LeftOther,
}
