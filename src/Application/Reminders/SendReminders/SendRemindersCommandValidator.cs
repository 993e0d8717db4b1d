using FluentValidation;

namespace YearEndAdjustment.Application.Reminders.SendReminders;

public sealed class SendRemindersCommandValidator : AbstractValidator<SendRemindersCommand>
{
    public SendRemindersCommandValidator() => RuleFor(c => c.TaxYear).InclusiveBetween(2000, 2100);
}
