using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.PostAnnouncement;

public sealed class PostAnnouncementCommandValidator : AbstractValidator<PostAnnouncementCommand>
{
    public PostAnnouncementCommandValidator()
    {
        RuleFor(c => c.Title).Must(t => t?.Trim().Length is > 0 and <= Announcement.TitleMaxLength)
            .WithMessage(_ => Messages.Get(MessageKeys.AnnouncementTitle));
        RuleFor(c => c.Body).Must(b => b?.Trim().Length is > 0 and <= Announcement.BodyMaxLength)
            .WithMessage(_ => Messages.Get(MessageKeys.AnnouncementBody));
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).WithMessage(_ => Messages.Get(MessageKeys.AnnouncementPeriod));
    }
}
