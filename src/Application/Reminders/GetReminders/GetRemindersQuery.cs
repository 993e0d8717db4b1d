using Mediator;

namespace YearEndAdjustment.Application.Reminders.GetReminders;

/// <summary>The reminders page of one tax year: recipients in the admin's scope, the text and its preview, the schedule, the rounds.</summary>
public sealed record GetRemindersQuery(int TaxYear) : IQuery<RemindersDto>;
