using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.ListOpenedYears;

public sealed class ListOpenedYearsQueryValidator : AbstractValidator<ListOpenedYearsQuery>;
