using Mediator;

namespace YearEndAdjustment.Application.Reminders.SendReminders;

/// <summary>Queues a reminder now to everyone in the admin's scope who has not submitted for <paramref name="TaxYear"/>.</summary>
public sealed record SendRemindersCommand(int TaxYear) : ICommand<SendRemindersResult>;
