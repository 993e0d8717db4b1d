using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Reminders;

/// <summary>
/// A reminder mail's wording in both languages, with placeholders filled in per recipient. One mail carries the
/// Japanese text, then the English (a job has no reader's language). Only the recipient's own name is personal.
/// </summary>
public sealed partial record ReminderText(string SubjectJa, string BodyJa, string SubjectEn, string BodyEn)
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 4000;

    /// <summary>What each language may use: name, deadline, link, tax year, company name.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
        ["{氏名}", "{name}", "{期限}", "{deadline}", "{URL}", "{年分}", "{year}", "{会社名}", "{company}"];

    private static readonly RuleMessage TextRequired = new("reminder.text_required", "件名と本文を日本語・英語とも入力してください。");
    private static readonly RuleMessage TextTooLong = new("reminder.text_too_long", "件名は{0}文字、本文は{1}文字までです。");
    private static readonly RuleMessage UnknownPlaceholder = new("reminder.unknown_placeholder", "使えない差し込み項目があります: {0}（使えるもの: {1}）");

    public static ReminderText Default { get; } = new(
        "【{会社名}】年末調整の申告書の提出をお願いします（期限 {期限}）",
        """
        {氏名} 様

        {会社名} の{年分}年分の年末調整の申告書が、まだ提出されていません。
        提出期限は {期限} です。次のリンクからサインインして、入力・提出をお願いします。

        {URL}

        すでに提出の準備を進めている場合は、このメールと行き違いになっていることがあります。
        """,
        "Reminder: please submit your year-end adjustment declaration by {deadline}",
        """
        Dear {name},

        Your year-end adjustment declaration for {year} at {company} has not been submitted yet.
        The deadline is {deadline}. Please sign in through the link above to complete and submit it.
        """);

    /// <summary>Checks presence, length and that every <c>{…}</c> is a known placeholder; returns the trimmed text.</summary>
    public ReminderText Validated()
    {
        var parts = new[] { SubjectJa, BodyJa, SubjectEn, BodyEn };
        if (parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new DomainRuleViolationException(TextRequired.Key, TextRequired);
        }

        var text = new ReminderText(SubjectJa.Trim(), BodyJa.Trim(), SubjectEn.Trim(), BodyEn.Trim());
        if (text.SubjectJa.Length > SubjectMaxLength || text.SubjectEn.Length > SubjectMaxLength
            || text.BodyJa.Length > BodyMaxLength || text.BodyEn.Length > BodyMaxLength
            || text.SubjectJa.Contains('\n') || text.SubjectEn.Contains('\n'))
        {
            throw new DomainRuleViolationException(TextTooLong.Key, TextTooLong.With(SubjectMaxLength, BodyMaxLength));
        }

        var unknown = parts.SelectMany(p => Braced().Matches(p).Select(m => m.Value)).Where(p => !Placeholders.Contains(p)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleViolationException(UnknownPlaceholder.Key, UnknownPlaceholder.With(string.Join(" ", unknown), string.Join(" ", Placeholders)));
        }

        return text;
    }

    /// <summary>The mail for one recipient: Japanese subject / English subject, Japanese body, a rule, English body.</summary>
    public (string Subject, string Body) Render(ReminderValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string Fill(string template) => template
            .Replace("{氏名}", values.Name, StringComparison.Ordinal)
            .Replace("{name}", values.Name, StringComparison.Ordinal)
            .Replace("{期限}", values.DeadlineJa, StringComparison.Ordinal)
            .Replace("{deadline}", values.DeadlineEn, StringComparison.Ordinal)
            .Replace("{URL}", values.Url, StringComparison.Ordinal)
            .Replace("{年分}", values.Year, StringComparison.Ordinal)
            .Replace("{year}", values.Year, StringComparison.Ordinal)
            .Replace("{会社名}", values.Company, StringComparison.Ordinal)
            .Replace("{company}", values.Company, StringComparison.Ordinal);
        return ($"{Fill(SubjectJa)} / {Fill(SubjectEn)}", $"{Fill(BodyJa)}\n\n----\n\n{Fill(BodyEn)}\n");
    }

    [GeneratedRegex(@"\{[^{}\s]{1,20}\}")]
    private static partial Regex Braced();
}

/// <summary>The values a reminder's placeholders take for one recipient (dates already written per language).</summary>
public sealed record ReminderValues(string Name, string DeadlineJa, string DeadlineEn, string Url, string Year, string Company);
