using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.ListMyAttachments;

public sealed class ListMyAttachmentsQueryHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListMyAttachmentsQuery, IReadOnlyList<AttachmentDto>>
{
    public async ValueTask<IReadOnlyList<AttachmentDto>> Handle(ListMyAttachmentsQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var year = new TaxYear(query.TaxYear);
        var declarationIds = db.Declarations.Where(d => d.EmployeeId == employeeId && d.TaxYear == year).Select(d => d.Id);

        // A projection: the bytes live in another table and are never part of a list.
        return await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerEmployeeId == employeeId && declarationIds.Contains(a.DeclarationId))
            .OrderBy(a => a.CreatedAtUtc).ThenBy(a => a.Id)
            .Select(a => new AttachmentDto(a.Id, a.DeclarationId.Value, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, a.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }
}
