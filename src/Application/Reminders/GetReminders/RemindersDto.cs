namespace YearEndAdjustment.Application.Reminders.GetReminders;

/// <summary>
/// <see cref="Recipients"/>: how many a reminder sent now would reach. The preview is the real text filled with a
/// sample name. <see cref="RunningJobId"/>: the admin's own reminder job of the year still queued or running.
/// </summary>
public sealed record RemindersDto(
    int TaxYear,
    bool HasDeclarations,
    DateOnly? Deadline,
    int Recipients,
    ReminderTextDto Text,
    bool IsDefaultText,
    string PreviewSubject,
    string PreviewBody,
    IReadOnlyList<int> ScheduleDays,
    IReadOnlyList<ReminderRoundDto> Rounds,
    Guid? RunningJobId);

public sealed record ReminderTextDto(string SubjectJa, string BodyJa, string SubjectEn, string BodyEn);

/// <summary>One past or running round: by hand (<see cref="DaysBefore"/> null) or scheduled.</summary>
public sealed record ReminderRoundDto(DateTime CreatedAtUtc, int? DaysBefore, bool Completed, int Sent, int Failed);
