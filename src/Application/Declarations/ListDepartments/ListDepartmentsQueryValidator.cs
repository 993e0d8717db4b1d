using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.ListDepartments;

public sealed class ListDepartmentsQueryValidator : AbstractValidator<ListDepartmentsQuery>;
