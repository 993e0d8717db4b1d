using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;

namespace YearEndAdjustment.Application.Accounts.RequestPasswordReset;

public sealed class RequestPasswordResetCommandHandler(
    IAppDbContext db,
    ITenantContext tenantContext,
    IEmailSender mail,
    ISiteLinks links,
    ISignInThrottle throttle,
    TimeProvider clock) : ICommandHandler<RequestPasswordResetCommand>
{
    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();

        // Mail bombing guard: the same budget as sign-in attempts, per address.
        if (!await throttle.TryAcquireAsync($"{tenantContext.TenantId}:reset:{email.ToLowerInvariant()}", cancellationToken))
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var accounts = await db.Accounts.Where(a => a.Email == email && !a.IsDisabled).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            await AccountMails.SendResetAsync(db, mail, links, tenantContext, account, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
