using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationEstimateForAssist;

// Same permission, tenant and department scope as opening the declaration for assisted entry (whose view is audited).
public sealed class GetDeclarationEstimateForAssistQueryHandler(IAppDbContext db, IRequestLookups lookups, ICurrentUser currentUser, ITenantContext tenantContext)
    : IQueryHandler<GetDeclarationEstimateForAssistQuery, DeclarationEstimateDto>
{
    public async ValueTask<DeclarationEstimateDto> Handle(GetDeclarationEstimateForAssistQuery query, CancellationToken cancellationToken)
    {
        var found = await AssistedDeclarations.RequireAsync(db, currentUser, tenantContext, query.TaxYear, query.DeclarationId, cancellationToken);
        return await DeclarationEstimates.EstimateAsync(lookups, found.Declaration, query.EnteredSalary, query.EnteredTaxWithheld, cancellationToken);
    }
}
