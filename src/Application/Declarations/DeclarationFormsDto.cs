using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>The four forms as the employee flow reads and saves them; the insurance and housing-loan forms hold no
/// personal numbers, so they travel as the domain records.</summary>
public sealed record DeclarationFormsDto(
    DependantsFormDto Dependants,
    BasicDeductionFormDto Basic,
    InsuranceForm Insurance,
    HousingLoanForm? HousingLoan);
