using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Declarations.GetMyAttachment;

public sealed class GetMyAttachmentQueryHandler(IAppDbContext db, ICurrentUser currentUser, IAttachmentStore store)
    : IQueryHandler<GetMyAttachmentQuery, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetMyAttachmentQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var attachment = await MyAttachments.RequireAsync(db, employeeId, query.Id, track: false, cancellationToken);
        var content = await store.ReadAsync(attachment, cancellationToken) ?? throw NotFoundException.Of(MessageKeys.NotFoundAttachment);
        return new AttachmentDownload(attachment.Id, attachment.DownloadFileName, attachment.ContentType, content);
    }
}
