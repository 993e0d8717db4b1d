using FluentValidation;
using YearEndAdjustment.Domain.Tenants;

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
                context.AddFailure(nameof(CreateTenantCommand.Slug), problem);
            }
        });
        RuleFor(c => c.DisplayName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("テナント名（会社名）を指定してください。")
            .MaximumLength(Tenant.DisplayNameMaxLength).WithMessage($"テナント名は {Tenant.DisplayNameMaxLength} 文字以内で指定してください。");
    }
}
