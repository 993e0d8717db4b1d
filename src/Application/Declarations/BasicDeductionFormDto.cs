using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations;

public sealed record BasicDeductionFormDto(
    long SalaryFromOtherPayers,
    long OtherIncome,
    SpouseIncomeEstimate? SpouseIncome,
    IReadOnlyList<PersonDto> SpecificRelatives,
    IncomeAdjustmentClaim? IncomeAdjustment);
