using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>
/// An operator's notice, shown on every page of the tenants it addresses during its period and mailed once to
/// their admins. Global: written by the operator, for all tenants (<see cref="TenantId"/> null) or one.
/// </summary>
public sealed class Announcement
{
    public const int TitleMaxLength = 100;
    public const int BodyMaxLength = 2000;

    private Announcement()
    {
        Title = null!;
        Body = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The one tenant addressed, or null for every tenant.</summary>
    public TenantId? TenantId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>First Japan date it is shown.</summary>
    public DateOnly FromDate { get; private set; }

    /// <summary>Last Japan date it is shown.</summary>
    public DateOnly ToDate { get; private set; }

    public DateTime PostedAtUtc { get; private set; }

    public static Announcement Post(TenantId? tenantId, string title, string body, DateOnly from, DateOnly to, DateTime nowUtc)
    {
        var trimmedTitle = title?.Trim() ?? "";
        var trimmedBody = body?.Trim() ?? "";
        if (trimmedTitle.Length is 0 or > TitleMaxLength)
        {
            throw new DomainRuleViolationException("announcement.title", $"タイトルは1〜{TitleMaxLength}文字で指定してください。");
        }

        if (trimmedBody.Length is 0 or > BodyMaxLength)
        {
            throw new DomainRuleViolationException("announcement.body", $"本文は1〜{BodyMaxLength}文字で指定してください。");
        }

        if (to < from)
        {
            throw new DomainRuleViolationException("announcement.period", "掲載終了日は開始日以降にしてください。");
        }

        return new Announcement
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Title = trimmedTitle,
            Body = trimmedBody,
            FromDate = from,
            ToDate = to,
            PostedAtUtc = nowUtc,
        };
    }

    public bool IsShownOn(DateOnly todayInJapan) => FromDate <= todayInJapan && todayInJapan <= ToDate;
}
