using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Accounts.SetPreferredCulture;

public sealed class SetPreferredCultureCommandHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SetPreferredCultureCommand>
{
    public async ValueTask<Unit> Handle(SetPreferredCultureCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.AccountId is { } id && await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } account)
        {
            account.SetPreferredCulture(command.Culture);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
