using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationForAssist;

public sealed class GetDeclarationForAssistQueryHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : IQueryHandler<GetDeclarationForAssistQuery, AssistedDeclarationDto>
{
    public async ValueTask<AssistedDeclarationDto> Handle(GetDeclarationForAssistQuery query, CancellationToken cancellationToken)
    {
        var found = await AssistedDeclarations.RequireAsync(db, currentUser, tenantContext, query.TaxYear, query.DeclarationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // Every admin view of a declaration is in the audit trail (issue 12): who, whose, which declaration (by id only).
        db.AuditEntries.Add(AuditEntry.Record(
            found.TenantId, now, currentUser.AccountId, AuditAction.DeclarationViewedForAssist, found.Declaration.EmployeeId,
            detail: $"declaration={found.Declaration.Id.Value}"));
        await db.SaveChangesAsync(cancellationToken);
        return new AssistedDeclarationDto(DeclarationMapper.ToDto(found.Declaration, stored: true, now), found.EmployeeName);
    }
}
