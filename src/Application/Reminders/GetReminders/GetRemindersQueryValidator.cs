using FluentValidation;

namespace YearEndAdjustment.Application.Reminders.GetReminders;

public sealed class GetRemindersQueryValidator : AbstractValidator<GetRemindersQuery>
{
    public GetRemindersQueryValidator() => RuleFor(q => q.TaxYear).InclusiveBetween(2000, 2100);
}
