using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

public sealed class GetMyDeclarationEstimateQueryHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenant, TimeProvider clock, IRequestLookups lookups)
    : IQueryHandler<GetMyDeclarationEstimateQuery, DeclarationEstimateDto>
{
    public async ValueTask<DeclarationEstimateDto> Handle(GetMyDeclarationEstimateQuery query, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var declaration = await MyDeclarations.FindForReadAsync(lookups, employeeId, query.TaxYear, cancellationToken)
            ?? Declaration.Create(tenant.TenantId ?? TenantId.None, employeeId, new TaxYear(query.TaxYear), null, clock.GetUtcNow().UtcDateTime);
        return await DeclarationEstimates.EstimateAsync(lookups, declaration, query.EnteredSalary, query.EnteredTaxWithheld, cancellationToken);
    }
}
