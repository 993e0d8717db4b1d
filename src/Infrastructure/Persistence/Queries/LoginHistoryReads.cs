using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Accounts.ListLoginHistory;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>ADR 0063: the sign-in history's reads compiled once per provider's model, as <see cref="RequestLookups{TContext}"/> are.</summary>
internal sealed class LoginHistoryReads<TContext>(TContext db) : ILoginHistoryReads
    where TContext : AppDbContext
{
    private static readonly Func<TContext, AccountId, Task<AccountName?>> Account = EF.CompileAsyncQuery(
        (TContext c, AccountId account) => c.Accounts.AsNoTracking()
            .Where(a => a.Id == account)
            .Select(a => new AccountName(a.LoginId.Value, a.DisplayName))
            .SingleOrDefault());

    private static readonly Func<TContext, AccountId, Task<int>> Count = EF.CompileAsyncQuery(
        (TContext c, AccountId account) => c.LoginHistory.AsNoTracking().Count(e => e.AccountId == account));

    private static readonly Func<TContext, AccountId, int, int, IAsyncEnumerable<LoginHistoryItemDto>> Page = EF.CompileAsyncQuery(
        (TContext c, AccountId account, int skip, int take) => c.LoginHistory.AsNoTracking()
            .Where(e => e.AccountId == account)
            .OrderByDescending(e => e.OccurredAtUtc)
            .Skip(skip).Take(take)
            .Select(e => new LoginHistoryItemDto(e.OccurredAtUtc, e.ClientIp, e.UserAgent, e.Outcome)));

    public Task<AccountName?> AccountAsync(AccountId account, CancellationToken cancellationToken) => Account(db, account);

    public Task<int> CountAsync(AccountId account, CancellationToken cancellationToken) => Count(db, account);

    public Task<List<LoginHistoryItemDto>> PageAsync(AccountId account, int skip, int take, CancellationToken cancellationToken) =>
        Page(db, account, skip, take).ReadAllAsync(take, cancellationToken);
}
