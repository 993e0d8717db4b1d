using Mediator;

namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

/// <summary>
/// Opens tax year <paramref name="TaxYear"/> (issue 11 item 2): queues the job that creates a declaration for each
/// employee in scope and tells them by mail. Scope: everyone employed in the year and not yet left
/// (<paramref name="AllEmployees"/>), or the employees of <paramref name="Departments"/>, plus the leavers listed by
/// employee number in <paramref name="LeaverNumbers"/>.
/// </summary>
public sealed record OpenTaxYearCommand(
    int TaxYear,
    DateOnly Deadline,
    bool AllEmployees,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> LeaverNumbers) : ICommand<OpenTaxYearResult>;
