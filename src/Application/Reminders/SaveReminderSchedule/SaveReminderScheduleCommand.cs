using Mediator;

namespace YearEndAdjustment.Application.Reminders.SaveReminderSchedule;

/// <summary>Reminders for <paramref name="TaxYear"/> go out by themselves on each of these days before the deadline (empty: none).</summary>
public sealed record SaveReminderScheduleCommand(int TaxYear, IReadOnlyList<int> DaysBefore) : ICommand;
