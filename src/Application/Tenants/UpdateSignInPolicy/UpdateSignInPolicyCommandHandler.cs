using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.UpdateSignInPolicy;

public sealed class UpdateSignInPolicyCommandHandler(IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateSignInPolicyCommand>
{
    public async ValueTask<Unit> Handle(UpdateSignInPolicyCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageSettings);
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var settings = await db.GetSettingsAsync(tenant, track: true, cancellationToken);
        settings.UpdateSignInPolicy(command.LockoutThreshold, command.LockoutMinutes, command.IdleTimeoutMinutes, command.RequireTwoFactorForAdmins);

        // the policy as it now stands (2FA for admins, lockout, idle timeout).
        db.AuditEntries.Add(AuditEntry.Record(tenant, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, AuditAction.SignInPolicyChanged,
            detail: $"lockout={command.LockoutThreshold}/{command.LockoutMinutes}min idle={command.IdleTimeoutMinutes}min admin_2fa={command.RequireTwoFactorForAdmins}"));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
