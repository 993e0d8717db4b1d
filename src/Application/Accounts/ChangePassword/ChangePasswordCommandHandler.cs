using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.ChangePassword;

public sealed class ChangePasswordCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    IPasswordHasher hasher,
    ICommonPasswordList commonPasswords,
    TimeProvider clock) : ICommandHandler<ChangePasswordCommand, SessionTicket>
{
    public async ValueTask<SessionTicket> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccount();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);

        if (hasher.Verify(account.PasswordHash, command.CurrentPassword) == PasswordCheck.Failed)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), Messages.Get(MessageKeys.ValidationCurrentPasswordIncorrect))]);
        }

        if (PasswordPolicy.Check(command.NewPassword, account.LoginId.Value, commonPasswords) is { } reason)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.NewPassword), Messages.Get(reason))]);
        }

        if (hasher.Verify(account.PasswordHash, command.NewPassword) != PasswordCheck.Failed)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.NewPassword), Messages.Get(MessageKeys.ValidationNewPasswordSame))]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        account.ChangePassword(hasher.Hash(command.NewPassword), now);

        // The new stamp ends every other session (a thief's included); this browser gets a fresh one.
        await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        var ticket = SignInRecorder.OpenSession(db, account, now);
        await db.SaveChangesAsync(cancellationToken);
        return ticket;
    }
}
