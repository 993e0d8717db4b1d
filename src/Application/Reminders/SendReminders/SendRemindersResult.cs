namespace YearEndAdjustment.Application.Reminders.SendReminders;

/// <summary>The queued job (its progress page) and how many were in scope when it was queued.</summary>
public sealed record SendRemindersResult(Guid JobId, int Recipients);
