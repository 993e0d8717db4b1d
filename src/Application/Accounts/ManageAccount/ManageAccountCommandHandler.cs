using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.ManageAccount;

public sealed class ManageAccountCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    IPasswordHasher hasher,
    IEmailSender mail,
    ISiteLinks links,
    TimeProvider clock) : ICommandHandler<ManageAccountCommand, ManageAccountResult>
{
    public async ValueTask<ManageAccountResult> Handle(ManageAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await AccountAdministration.LoadManageableAsync(db, currentUser, command.AccountId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        string? initialPassword = null;
        switch (command.Action)
        {
            case AccountAction.Disable:
                if (account.Id == currentUser.AccountId)
                {
                    throw new DomainRuleViolationException("account.disable_self", Messages.Rule(MessageKeys.AccountDisableSelf));
                }

                account.Disable(now);
                await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
                break;
            case AccountAction.Enable:
                account.Enable();
                break;
            case AccountAction.Unlock:
                account.Unlock();
                break;
            case AccountAction.IssueInitialPassword:
                initialPassword = InitialPasswordGenerator.Create();
                account.SetInitialPassword(hasher.Hash(initialPassword), now);
                await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
                break;
            case AccountAction.SendInvitation:
                if (account.Email is null)
                {
                    throw new DomainRuleViolationException("account.no_email", Messages.Rule(MessageKeys.AccountNoEmail));
                }

                await AccountMails.SendInvitationAsync(db, mail, links, tenantContext, account, now, cancellationToken);
                break;
            case AccountAction.ResetTwoFactor:
                account.DisableTwoFactor();
                await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
                break;
        }

        // sign-in administration is on the audit trail (the password itself never is).
        AuditAction? audited = command.Action switch
        {
            AccountAction.Disable => AuditAction.AccountDisabled,
            AccountAction.Enable => AuditAction.AccountEnabled,
            AccountAction.Unlock => AuditAction.AccountUnlocked,
            AccountAction.IssueInitialPassword => AuditAction.InitialPasswordIssued,
            AccountAction.ResetTwoFactor => AuditAction.TwoFactorReset,
            _ => null,
        };
        if (audited is { } action)
        {
            db.AuditEntries.Add(AuditEntry.Record(account.TenantId, now, currentUser.AccountId, action, account.EmployeeId, subjectAccountId: account.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ManageAccountResult(account.Id.Value, command.Action, initialPassword);
    }
}
