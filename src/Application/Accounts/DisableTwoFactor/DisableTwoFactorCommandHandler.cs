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

namespace YearEndAdjustment.Application.Accounts.DisableTwoFactor;

public sealed class DisableTwoFactorCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, IPasswordHasher hasher, TimeProvider clock)
    : ICommandHandler<DisableTwoFactorCommand, SessionTicket>
{
    public async ValueTask<SessionTicket> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var id = currentUser.RequireAccount();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("アカウントが見つかりません。");
        if (hasher.Verify(account.PasswordHash, command.Password) == PasswordCheck.Failed)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Password), "パスワードが正しくありません。")]);
        }

        var settings = await db.GetSettingsAsync(tenantContext.TenantId!.Value, track: false, cancellationToken);
        if (settings.RequireTwoFactorForAdmins && account.IsAdministrator)
        {
            throw new DomainRuleViolationException("two_factor.required", "この会社では管理者の2段階認証が必須のため、無効にできません。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        account.DisableTwoFactor();
        await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        var ticket = SignInRecorder.OpenSession(db, account, now);
        await db.SaveChangesAsync(cancellationToken);
        return ticket;
    }
}
