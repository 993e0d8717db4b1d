using FluentValidation;

namespace YearEndAdjustment.Application.Jobs.GetBackgroundJob;

public sealed class GetBackgroundJobQueryValidator : AbstractValidator<GetBackgroundJobQuery>
{
    public GetBackgroundJobQueryValidator() => RuleFor(q => q.JobId).NotEmpty();
}
