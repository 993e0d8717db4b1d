namespace YearEndAdjustment.Domain.Declarations;

// The four forms of one employee and tax year (Y-03). HousingLoan is null when the employee claims no credit.
public sealed record DeclarationForms(
    DependantsForm Dependants,
    BasicDeductionForm Basic,
    InsuranceForm Insurance,
    HousingLoanForm? HousingLoan)
{
    public static readonly DeclarationForms Empty = new(DependantsForm.Empty, BasicDeductionForm.Empty, InsuranceForm.Empty, null);
}
