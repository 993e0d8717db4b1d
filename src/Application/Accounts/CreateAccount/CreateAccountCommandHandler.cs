using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.CreateAccount;

public sealed class CreateAccountCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    IPasswordHasher hasher,
    IEmailSender mail,
    ISiteLinks links,
    TimeProvider clock) : ICommandHandler<CreateAccountCommand, CreateAccountResult>
{
    public async ValueTask<CreateAccountResult> Handle(CreateAccountCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageAccounts);
        AccountAdministration.EnsureMayManage(currentUser, command.Role);
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);

        var loginId = LoginId.Create(command.LoginId);
        if (await db.Accounts.AnyAsync(a => a.LoginId == loginId, cancellationToken))
        {
            throw new DomainRuleViolationException("account.login_id_taken", Messages.Rule(MessageKeys.LoginIdTaken, loginId.Value));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var departments = Account.ParseDepartments(command.Departments);
        var account = Account.Register(tenant, loginId, command.DisplayName, command.Email, command.Role, command.Permissions, departments, now);
        db.Accounts.Add(account);

        string? initialPassword = null;
        if (command.IssueInitialPassword)
        {
            initialPassword = InitialPasswordGenerator.Create();
            account.SetInitialPassword(hasher.Hash(initialPassword), now);
        }
        else
        {
            await AccountMails.SendInvitationAsync(db, mail, links, tenantContext, account, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CreateAccountResult(account.Id.Value, account.LoginId.Value, initialPassword, initialPassword is null);
    }
}
