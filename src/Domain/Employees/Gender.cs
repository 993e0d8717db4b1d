namespace YearEndAdjustment.Domain.Employees;

/// <summary>性別. Not on the tax forms; kept because some municipal forms ask for it. Optional.</summary>
public enum Gender
{
    NotStated,
    Male,
    Female,
}
