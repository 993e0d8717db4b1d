using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.RemoveMyAttachment;

public sealed class RemoveMyAttachmentCommandHandler(IAppDbContext db, ICurrentUser currentUser, IAttachmentStore store)
    : ICommandHandler<RemoveMyAttachmentCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveMyAttachmentCommand command, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var attachment = await MyAttachments.RequireAsync(db, employeeId, command.Id, track: true, cancellationToken);
        var declaration = await db.Declarations.SingleAsync(d => d.Id == attachment.DeclarationId, cancellationToken);
        Attachment.RequireEditable(declaration);

        // A line's CertificateEvidence may still name the id until the flow saves the forms again; downloads of a
        // removed id answer 404 like any unknown one.
        db.Attachments.Remove(attachment);
        await store.RemoveAsync(attachment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
