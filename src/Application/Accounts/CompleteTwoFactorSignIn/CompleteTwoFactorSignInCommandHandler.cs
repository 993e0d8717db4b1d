using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.CompleteTwoFactorSignIn;

public sealed class CompleteTwoFactorSignInCommandHandler(
    IAppDbContext db,
    ITenantContext tenantContext,
    ISecretProtector protector,
    ISignInThrottle throttle,
    TimeProvider clock) : ICommandHandler<CompleteTwoFactorSignInCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(CompleteTwoFactorSignInCommand command, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var now = clock.GetUtcNow().UtcDateTime;
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == new AccountId(command.PendingAccountId), cancellationToken);
        if (account is null || account.IsDisabled || !account.TwoFactorEnabled || account.TwoFactorSecret is null || account.IsLockedOut(now))
        {
            return new SignInResult(SignInStatus.Failed);
        }

        if (!await throttle.TryAcquireAsync($"{tenant}:{account.LoginId.Value}", cancellationToken))
        {
            return new SignInResult(SignInStatus.RateLimited);
        }

        var secret = Totp.FromBase32(protector.Unprotect(account.TwoFactorSecret));
        var step = Totp.MatchingStep(secret, command.Code, now);
        var accepted = step is { } s
            ? account.TryAcceptTwoFactorStep(s)
            : account.TryUseRecoveryCode(SecretTokens.HashRecoveryCode(command.Code));
        if (!accepted)
        {
            // Six digits are guessable: failures count towards the same lockout as wrong passwords.
            var settings = await db.GetSettingsAsync(tenant, track: false, cancellationToken);
            account.RegisterFailedSignIn(now, settings.LockoutThreshold, TimeSpan.FromMinutes(settings.LockoutMinutes));
            SignInRecorder.Record(db, tenant, account, account.LoginId.Value, now, command.ClientIp, command.UserAgent, SignInOutcome.TwoFactorFailed);
            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInStatus.Failed);
        }

        account.RegisterSuccessfulSignIn(now);
        var ticket = SignInRecorder.OpenSession(db, account, now);
        SignInRecorder.Record(db, tenant, account, account.LoginId.Value, now, command.ClientIp, command.UserAgent, SignInOutcome.Succeeded);
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInStatus.Succeeded, ticket);
    }
}
