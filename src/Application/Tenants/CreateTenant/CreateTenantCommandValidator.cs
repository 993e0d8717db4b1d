using FluentValidation;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.CreateTenant;

public sealed class CreateTenantCommandValidator : AbstractValidator<CreateTenantCommand>
{
    public CreateTenantCommandValidator()
    {
        RuleFor(c => c.Slug).Custom((slug, context) =>
        {
            var problem = TenantSlug.Check(slug);
            if (problem is not null)
            {
                context.AddFailure(nameof(CreateTenantCommand.Slug), Messages.Get(problem));
            }
        });
        RuleFor(c => c.DisplayName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.Get(MessageKeys.TenantNameRequired))
            .MaximumLength(Tenant.DisplayNameMaxLength).WithMessage(_ => Messages.Get(MessageKeys.ValidationTenantNameTooLong, Tenant.DisplayNameMaxLength));
    }
}
