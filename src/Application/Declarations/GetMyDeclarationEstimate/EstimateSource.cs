namespace YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

/// <summary>Where the salary and withheld tax of an estimate came from.</summary>
public enum EstimateSource
{
    /// <summary>No payroll totals and nothing entered: deductions are shown, no refund or collection.</summary>
    None,

    /// <summary>The payroll totals the employer imported for the year.</summary>
    Payroll,

    /// <summary>Figures the employee typed for this estimate only.</summary>
    Entered,
}
