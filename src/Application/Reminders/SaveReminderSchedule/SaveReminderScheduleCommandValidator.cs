using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Reminders;

namespace YearEndAdjustment.Application.Reminders.SaveReminderSchedule;

public sealed class SaveReminderScheduleCommandValidator : AbstractValidator<SaveReminderScheduleCommand>
{
    public SaveReminderScheduleCommandValidator()
    {
        RuleFor(c => c.TaxYear).InclusiveBetween(2000, 2100);
        RuleFor(c => c.DaysBefore)
            .NotNull()
            .Must(days => days.Distinct().Count() <= ReminderSchedule.MaxDays && days.All(d => d is >= 0 and <= ReminderSchedule.MaxDaysBefore))
            .WithMessage(_ => Messages.Get(MessageKeys.ValidationReminderDays, ReminderSchedule.MaxDaysBefore, ReminderSchedule.MaxDays));
    }
}
