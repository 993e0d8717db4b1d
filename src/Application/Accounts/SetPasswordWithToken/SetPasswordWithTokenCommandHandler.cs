using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.SetPasswordWithToken;

public sealed class SetPasswordWithTokenCommandHandler(
    IAppDbContext db,
    IPasswordHasher hasher,
    ICommonPasswordList commonPasswords,
    TimeProvider clock) : ICommandHandler<SetPasswordWithTokenCommand, SetPasswordWithTokenResult>
{
    public async ValueTask<SetPasswordWithTokenResult> Handle(SetPasswordWithTokenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SecretTokens.Hash(command.Token);
        var token = await db.AccountTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var account = token is null ? null : await db.Accounts.SingleOrDefaultAsync(a => a.Id == token.AccountId, cancellationToken);
        if (token is null || account is null || account.IsDisabled || !token.IsUsable(now))
        {
            throw new DomainRuleViolationException("token.unusable", Messages.Rule(MessageKeys.TokenUnusableAskAgain));
        }

        if (PasswordPolicy.Check(command.NewPassword, account.LoginId.Value, commonPasswords) is { } reason)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.NewPassword), Messages.Get(reason))]);
        }

        token.Use(now);
        account.ChangePassword(hasher.Hash(command.NewPassword), now);
        await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SetPasswordWithTokenResult(account.LoginId.Value);
    }
}
