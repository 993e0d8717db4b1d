namespace YearEndAdjustment.Domain.Declarations;

public enum CheckSeverity
{
    // The declaration cannot be submitted or approved until it is fixed.
    Blocking,

    // Submittable; the employee is told what follows (a capped deduction, a deduction not granted, a better one).
    Warning,
}
