using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.ConfirmTwoFactorSetup;

public sealed class ConfirmTwoFactorSetupCommandHandler(IAppDbContext db, ICurrentUser currentUser, ISecretProtector protector, TimeProvider clock)
    : ICommandHandler<ConfirmTwoFactorSetupCommand, ConfirmTwoFactorSetupResult>
{
    public async ValueTask<ConfirmTwoFactorSetupResult> Handle(ConfirmTwoFactorSetupCommand command, CancellationToken cancellationToken)
    {
        var id = currentUser.RequireAccount();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);
        if (account.TwoFactorEnabled || account.TwoFactorSecret is null)
        {
            throw new DomainRuleViolationException("two_factor.not_started", Messages.Rule(MessageKeys.TwoFactorNotStarted));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var step = Totp.MatchingStep(Totp.FromBase32(protector.Unprotect(account.TwoFactorSecret)), command.Code, now)
            ?? throw new ValidationException([new ValidationFailure(nameof(command.Code), Messages.Get(MessageKeys.ValidationTotpCodeIncorrect))]);

        var codes = SecretTokens.NewRecoveryCodes();
        account.EnableTwoFactor(step, codes.Select(SecretTokens.HashRecoveryCode));
        await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        var ticket = SignInRecorder.OpenSession(db, account, now);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmTwoFactorSetupResult(codes, ticket);
    }
}
