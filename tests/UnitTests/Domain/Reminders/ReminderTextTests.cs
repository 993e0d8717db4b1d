using YearEndAdjustment.Domain.Reminders;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Reminders;

public sealed class ReminderTextTests
{
    private static readonly ReminderValues Values = new("山田 花子", "2025年11月28日", "28 November 2025", "https://x/acme/declarations/2025", "2025", "アクメ株式会社");

    [Fact]
    public void Render_FillsEveryPlaceholder_JapaneseThenEnglish()
    {
        var text = new ReminderText("{会社名} {期限}", "{氏名} 様 {年分} {URL}", "{company} {deadline}", "{name} {year}");

        var (subject, body) = text.Render(Values);

        Assert.Equal("アクメ株式会社 2025年11月28日 / アクメ株式会社 28 November 2025", subject);
        Assert.Equal("山田 花子 様 2025 https://x/acme/declarations/2025\n\n----\n\n山田 花子 2025\n", body);
    }

    [Fact]
    public void Default_IsValid_AndNamesOnlyTheRecipient()
    {
        var (subject, body) = ReminderText.Default.Validated().Render(Values);

        Assert.Contains("2025年11月28日", subject);
        Assert.Contains("山田 花子 様", body);
        Assert.Contains("Dear 山田 花子,", body);
        Assert.DoesNotContain("{", body);
    }

    [Theory]
    [InlineData("", "本文", "Subject", "Body", "reminder.text_required")]
    [InlineData("件名", "本文", "Subject", " ", "reminder.text_required")]
    [InlineData("件名\n二行目", "本文", "Subject", "Body", "reminder.text_too_long")]
    [InlineData("件名", "{名前} 様", "Subject", "Body", "reminder.unknown_placeholder")]
    [InlineData("件名", "本文", "Subject", "Dear {Name}", "reminder.unknown_placeholder")]
    public void Validated_RefusesMissingLongOrUnknown(string subjectJa, string bodyJa, string subjectEn, string bodyEn, string code)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => new ReminderText(subjectJa, bodyJa, subjectEn, bodyEn).Validated());

        Assert.Equal(code, exception.Code);
    }

    [Fact]
    public void Validated_TrimsAndAcceptsBracesThatAreNotPlaceholders()
    {
        var text = new ReminderText("  件名 ", "JSON の { \"a\": 1 } はそのまま", "Subject", "Body").Validated();

        Assert.Equal("件名", text.SubjectJa);
    }
}
