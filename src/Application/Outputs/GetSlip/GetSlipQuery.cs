using Mediator;
using YearEndAdjustment.Application.Outputs.Support;

namespace YearEndAdjustment.Application.Outputs.GetSlip;

/// <summary>An admin's slip of one employee: the employee copy, or the tax-office copy (My Numbers only with ViewMyNumber).</summary>
public sealed record GetSlipQuery(int TaxYear, Guid EmployeeId, SlipCopy Copy) : IQuery<SlipFile>;

public enum SlipCopy
{
    Employee,
    TaxOffice,
}
