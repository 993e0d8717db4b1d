using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.GetMyDeclaration;

public sealed class GetMyDeclarationQueryHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenant, TimeProvider clock, IRequestLookups lookups)
    : IQueryHandler<GetMyDeclarationQuery, DeclarationDto>
{
    public async ValueTask<DeclarationDto> Handle(GetMyDeclarationQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var declaration = await MyDeclarations.FindForReadAsync(lookups, employeeId, query.TaxYear, cancellationToken);

        // A query writes nothing: an unsaved declaration is shown as a fresh, not-started one.
        return declaration is null
            ? DeclarationMapper.ToDto(Declaration.Create(tenant.TenantId ?? TenantId.None, employeeId, new TaxYear(query.TaxYear), null, now), stored: false, now)
            : DeclarationMapper.ToDto(declaration, stored: true, now);
    }
}
