using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.DisableTwoFactor;

public sealed class DisableTwoFactorCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IPasswordHasher hasher, TimeProvider clock)
    : ICommandHandler<DisableTwoFactorCommand, SessionTicket>
{
    public async ValueTask<SessionTicket> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var id = currentUser.RequireAccount();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);
        if (hasher.Verify(account.PasswordHash, command.Password) == PasswordCheck.Failed)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Password), Messages.Get(MessageKeys.ValidationPasswordIncorrect))]);
        }

        var settings = await db.GetSettingsAsync(tenantContext.TenantId!.Value, track: false, cancellationToken);
        if (settings.RequireTwoFactorForAdmins && account.IsAdministrator)
        {
            throw new DomainRuleViolationException("two_factor.required", Messages.Rule(MessageKeys.TwoFactorRequired));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        account.DisableTwoFactor();
        await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        var ticket = SignInRecorder.OpenSession(db, account, now);
        await db.SaveChangesAsync(cancellationToken);
        return ticket;
    }
}
