using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.SignIn;

public sealed class SignInCommandHandler(
    IAppDbContext db,
    ITenantContext tenantContext,
    IPasswordHasher hasher,
    ISignInThrottle throttle,
    TimeProvider clock) : ICommandHandler<SignInCommand, SignInResult>
{
    /// <summary>
    /// Verified against when the login ID is unknown or disabled, so those answers take as long as a wrong password
    /// and timing does not reveal which IDs exist (ASVS 6.3.8). Generated once per process.
    /// </summary>
    private static string? _decoyHash;

    public async ValueTask<SignInResult> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var now = clock.GetUtcNow().UtcDateTime;
        var typed = command.LoginId.Trim();
        var normalized = typed.ToLowerInvariant();

        // the per-account budget is checked before anything costly; a throttled attempt computes no hash.
        if (!await throttle.TryAcquireAsync($"{tenant}:{normalized}", cancellationToken))
        {
            SignInRecorder.Record(db, tenant, null, typed, now, command.ClientIp, command.UserAgent, SignInOutcome.RateLimited);
            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInStatus.RateLimited);
        }

        var account = await FindAsync(normalized, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            hasher.Verify(_decoyHash ??= hasher.Hash(Guid.NewGuid().ToString()), command.Password);
            var outcome = account is null ? SignInOutcome.UnknownLoginId : SignInOutcome.Disabled;
            SignInRecorder.Record(db, tenant, account, typed, now, command.ClientIp, command.UserAgent, outcome);
            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInStatus.Failed);
        }

        if (account.IsLockedOut(now))
        {
            // answered without computing a hash.
            SignInRecorder.Record(db, tenant, account, typed, now, command.ClientIp, command.UserAgent, SignInOutcome.LockedOut);
            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInStatus.Failed);
        }

        var check = account.HasPassword ? hasher.Verify(account.PasswordHash, command.Password) : PasswordCheck.Failed;
        if (check == PasswordCheck.Failed)
        {
            var settings = await db.GetSettingsAsync(tenant, track: false, cancellationToken);
            account.RegisterFailedSignIn(now, settings.LockoutThreshold, TimeSpan.FromMinutes(settings.LockoutMinutes));
            var outcome = account.IsLockedOut(now) ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword;
            SignInRecorder.Record(db, tenant, account, typed, now, command.ClientIp, command.UserAgent, outcome);
            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInStatus.Failed);
        }

        if (check == PasswordCheck.SuccessRehashNeeded)
        {
            account.UpgradePasswordHash(hasher.Hash(command.Password));
        }

        if (account.TwoFactorEnabled)
        {
            SignInRecorder.Record(db, tenant, account, typed, now, command.ClientIp, command.UserAgent, SignInOutcome.TwoFactorRequired);
            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInStatus.TwoFactorRequired, PendingAccountId: account.Id.Value);
        }

        account.RegisterSuccessfulSignIn(now);
        var ticket = SignInRecorder.OpenSession(db, account, now);
        SignInRecorder.Record(db, tenant, account, typed, now, command.ClientIp, command.UserAgent, SignInOutcome.Succeeded);
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInStatus.Succeeded, ticket);
    }

    private async Task<Account?> FindAsync(string normalizedLoginId, CancellationToken cancellationToken)
    {
        if (LoginId.TryCreate(normalizedLoginId) is not { } loginId)
        {
            return null;
        }

        return await db.Accounts.SingleOrDefaultAsync(a => a.LoginId == loginId, cancellationToken);
    }
}
