using System.Globalization;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Reminders;

namespace YearEndAdjustment.Application.Reminders;

/// <summary>Fills the tenant's reminder text for one recipient: their name, the deadline, the year and the link.</summary>
public static class ReminderMail
{
    public static EmailMessage Compose(ReminderText text, ISiteLinks links, ITenantContext tenant, string to, string name, int year, DateOnly? deadline)
    {
        var (subject, body) = Render(text, links, tenant, name, year, deadline);
        return new EmailMessage(to, subject, body);
    }

    public static (string Subject, string Body) Render(ReminderText text, ISiteLinks links, ITenantContext tenant, string name, int year, DateOnly? deadline)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(tenant);
        var url = links.TenantUrl(tenant.Slug!, $"declarations/{year}");
        var ja = deadline?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "—";
        var en = deadline?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "—";
        return text.Render(new ReminderValues(name, ja, en, url, year.ToString(CultureInfo.InvariantCulture), tenant.DisplayName ?? string.Empty));
    }
}
