using FluentValidation;

namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

public sealed class GetMyTasksQueryValidator : AbstractValidator<GetMyTasksQuery>;
