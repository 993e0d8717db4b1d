using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.CreateTenant;

public sealed class CreateTenantCommandHandler(
    IAppDbContext db,
    ITenantContext tenantContext,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : ICommandHandler<CreateTenantCommand, CreateTenantResult>
{
    public async ValueTask<CreateTenantResult> Handle(CreateTenantCommand command, CancellationToken cancellationToken)
    {
        var slug = TenantSlug.Create(command.Slug);
        if (await db.Tenants.AnyAsync(t => t.Slug == slug, cancellationToken))
        {
            throw new DomainRuleViolationException(
                "tenant.slug_taken", Messages.Rule(MessageKeys.TenantSlugTaken, slug.Value));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var tenant = Tenant.Provision(slug, command.DisplayName, now);

        // The ADMIN ID belongs to the new tenant, so this scope enters it; the save guard then accepts the row.
        tenantContext.Enter(tenant.Id, tenant.Slug.Value, tenant.DisplayName);
        var initialPassword = InitialPasswordGenerator.Create();
        var admin = Account.OpenAdminId(tenant.Id, passwordHasher.Hash(initialPassword), now);

        db.Tenants.Add(tenant);
        db.Accounts.Add(admin);
        await db.SaveChangesAsync(cancellationToken);

        return new CreateTenantResult(tenant.Id.Value, tenant.Slug.Value, tenant.DisplayName, admin.LoginId.Value, initialPassword);
    }
}
