using FluentValidation;
using YearEndAdjustment.Domain.Reminders;

namespace YearEndAdjustment.Application.Reminders.SaveReminderText;

/// <summary>Shape only (null and gross length); presence, limits and placeholders are the domain's rules.</summary>
public sealed class SaveReminderTextCommandValidator : AbstractValidator<SaveReminderTextCommand>
{
    public SaveReminderTextCommandValidator()
    {
        RuleFor(c => c.SubjectJa).NotNull().MaximumLength(ReminderText.SubjectMaxLength * 2);
        RuleFor(c => c.SubjectEn).NotNull().MaximumLength(ReminderText.SubjectMaxLength * 2);
        RuleFor(c => c.BodyJa).NotNull().MaximumLength(ReminderText.BodyMaxLength * 2);
        RuleFor(c => c.BodyEn).NotNull().MaximumLength(ReminderText.BodyMaxLength * 2);
    }
}
