using Mediator;

namespace YearEndAdjustment.Application.Reminders.SaveReminderText;

/// <summary>The tenant's reminder wording; <paramref name="RestoreDefault"/> goes back to the provided text.</summary>
public sealed record SaveReminderTextCommand(string SubjectJa, string BodyJa, string SubjectEn, string BodyEn, bool RestoreDefault = false) : ICommand;
