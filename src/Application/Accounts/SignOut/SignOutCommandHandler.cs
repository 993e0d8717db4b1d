using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Accounts.SignOut;

public sealed class SignOutCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<SignOutCommand>
{
    public async ValueTask<Unit> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.SessionId is { } id && await db.UserSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } session)
        {
            session.Revoke(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
