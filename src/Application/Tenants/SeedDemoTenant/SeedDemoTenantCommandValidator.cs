using FluentValidation;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Tenants.SeedDemoTenant;

public sealed class SeedDemoTenantCommandValidator : AbstractValidator<SeedDemoTenantCommand>
{
    /// <summary>Enough for the 100,000-employee benchmark with room to spare.</summary>
    public const int MaxEmployees = 200_000;

    public SeedDemoTenantCommandValidator()
    {
        RuleFor(c => c.Slug).NotEmpty().WithMessage(_ => Messages.Get(MessageKeys.TenantSlugRequired));
        RuleFor(c => c.Employees).InclusiveBetween(1, MaxEmployees).WithMessage(_ => Messages.Get(MessageKeys.ValidationDemoEmployees, MaxEmployees));
        RuleFor(c => c.TaxYear).Must(DeclarationYearCatalog.Supports).WithMessage(_ => Messages.Get(MessageKeys.ValidationTaxYearInvalid));
    }
}
