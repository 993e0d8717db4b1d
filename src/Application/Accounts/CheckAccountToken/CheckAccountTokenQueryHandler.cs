using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;

namespace YearEndAdjustment.Application.Accounts.CheckAccountToken;

public sealed class CheckAccountTokenQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<CheckAccountTokenQuery, AccountTokenStatus>
{
    public async ValueTask<AccountTokenStatus> Handle(CheckAccountTokenQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Token) || query.Token.Length > 200)
        {
            return new AccountTokenStatus(false, null, null);
        }

        var hash = SecretTokens.Hash(query.Token);
        var token = await db.AccountTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || !token.IsUsable(clock.GetUtcNow().UtcDateTime))
        {
            return new AccountTokenStatus(false, null, null);
        }

        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == token.AccountId, cancellationToken);
        return account is null || account.IsDisabled
            ? new AccountTokenStatus(false, null, null)
            : new AccountTokenStatus(true, account.LoginId.Value, token.Purpose.ToString());
    }
}
