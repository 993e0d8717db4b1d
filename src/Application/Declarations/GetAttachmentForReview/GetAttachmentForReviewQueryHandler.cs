using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Declarations.GetAttachmentForReview;

public sealed class GetAttachmentForReviewQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IAttachmentStore store, TimeProvider clock)
    : IQueryHandler<GetAttachmentForReviewQuery, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetAttachmentForReviewQuery query, CancellationToken cancellationToken)
    {
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        currentUser.RequirePermission(Permission.ReviewDeclarations);

        // Outside the reviewer's departments it answers as if it did not exist, like any list they cannot see.
        var visible = VisibleEmployees.To(currentUser, db.Employees).Select(e => e.Id);
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == query.Id && visible.Contains(a.OwnerEmployeeId), cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundAttachment);
        var content = await store.ReadAsync(attachment, cancellationToken) ?? throw NotFoundException.Of(MessageKeys.NotFoundAttachment);

        // A certificate shows personal data of the employee's family and insurers: who looked, whose, which file (by id only).
        db.AuditEntries.Add(AuditEntry.Record(
            tenantId, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, AuditAction.AttachmentViewedForReview, attachment.OwnerEmployeeId,
            detail: $"attachment={attachment.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        return new AttachmentDownload(attachment.Id, attachment.DownloadFileName, attachment.ContentType, content);
    }
}
