using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// The signed-in employee's own attachments. Another employee's or tenant's id answers exactly like an unknown one
/// (404), so ids cannot be probed; the tenant filter and the owner condition are both in the query.
/// </summary>
public static class MyAttachments
{
    public static async Task<Attachment> RequireAsync(IAppDbContext db, EmployeeId owner, Guid id, bool track, CancellationToken cancellationToken)
    {
        var query = db.Attachments.Where(a => a.Id == id && a.OwnerEmployeeId == owner);
        return await (track ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundAttachment);
    }

    public static AttachmentDto ToDto(Attachment a) => new(a.Id, a.DeclarationId.Value, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, a.CreatedAtUtc);
}
