using FluentValidation;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.EndTenantContract;

public sealed class EndTenantContractCommandValidator : AbstractValidator<EndTenantContractCommand>
{
    public EndTenantContractCommandValidator()
    {
        RuleFor(c => c.Slug).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.TenantUnknownSlug, ""));
        RuleFor(c => c.EndDate).NotNull().When(c => !c.Cancel).WithMessage(_ => Messages.Get(MessageKeys.TenantNoEndDate));
        RuleFor(c => c.EndDate).Null().When(c => c.Cancel).WithMessage(_ => Messages.Get(MessageKeys.TenantNoEndDate));
    }
}
