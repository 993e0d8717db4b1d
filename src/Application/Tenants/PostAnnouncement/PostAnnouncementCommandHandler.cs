using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.Support;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.PostAnnouncement;

/// <summary>Operator use case, like tenant creation: no signed-in account. The mails follow from the ledger .</summary>
public sealed class PostAnnouncementCommandHandler(IAppDbContext db, TimeProvider clock, SiteNoticesGeneration notices) : ICommandHandler<PostAnnouncementCommand, Guid>
{
    public async ValueTask<Guid> Handle(PostAnnouncementCommand command, CancellationToken cancellationToken)
    {
        TenantId? tenant = string.IsNullOrWhiteSpace(command.Slug) ? null : (await OperatorTenants.FindAsync(db, command.Slug.Trim(), cancellationToken)).Id;
        var announcement = Announcement.Post(tenant, command.Title, command.Body, command.From, command.To, clock.GetUtcNow().UtcDateTime);
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(cancellationToken);
        notices.Advance();
        return announcement.Id;
    }
}
