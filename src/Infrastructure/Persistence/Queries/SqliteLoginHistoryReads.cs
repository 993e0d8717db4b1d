using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.ListLoginHistory;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0065: the sign-in history's three reads on SQLite through kept prepared statements (every user can open the
/// page from the menu). The same SQL as <see cref="LoginHistoryReads{TContext}"/>'s, the tenant's filter written out
/// (the isolation tests compare both readers on two tenants).
/// </summary>
internal sealed class SqliteLoginHistoryReads(SqliteKeptStatements statements, ITenantContext tenantContext) : ILoginHistoryReads
{
    private const int NoPaging = -1;

    private const string AccountSql = """
        SELECT "a"."LoginId", "a"."DisplayName"
        FROM "Accounts" AS "a"
        WHERE "a"."TenantId" = $tenant AND "a"."Id" = $account
        LIMIT 2
        """;

    private const string CountSql = """
        SELECT COUNT(*)
        FROM "LoginHistory" AS "l"
        WHERE "l"."TenantId" = $tenant AND "l"."AccountId" = $account
        """;

    private const string PageSql = """
        SELECT "l"."OccurredAtUtc", "l"."ClientIp", "l"."UserAgent", "l"."Outcome"
        FROM "LoginHistory" AS "l"
        WHERE "l"."TenantId" = $tenant AND "l"."AccountId" = $account
        ORDER BY "l"."OccurredAtUtc" DESC
        LIMIT $take OFFSET $skip
        """;

    public Task<AccountName?> AccountAsync(AccountId account, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadSingleOrDefault(AccountSql, Args(account), Bind, static row => new AccountName(row.GetString(0), row.GetString(1))));

    public Task<int> CountAsync(AccountId account, CancellationToken cancellationToken) =>
        Task.FromResult(statements.Read(CountSql, Args(account), Bind, static (row, _) => row.Read() ? row.GetInt32(0) : 0));

    public Task<List<LoginHistoryItemDto>> PageAsync(AccountId account, int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult(statements.ReadAll(PageSql, Args(account, skip, take), Bind, static row => new LoginHistoryItemDto(
            StoredValues.Utc(row, 0), StoredValues.NullableString(row, 1), StoredValues.NullableString(row, 2),
            Enum.Parse<SignInOutcome>(row.GetString(3)))));

    private (TenantId? Tenant, AccountId Account, int Skip, int Take) Args(AccountId account, int skip = 0, int take = NoPaging) =>
        (tenantContext.TenantId, account, skip, take);

    private static void Bind(SqliteKeptStatements.Binder bind, (TenantId? Tenant, AccountId Account, int Skip, int Take) a)
    {
        bind.Tenant(a.Tenant);
        bind.Id("$account", a.Account.Value);
        if (a.Take != NoPaging)
        {
            bind.Int("$take", a.Take);
            bind.Int("$skip", a.Skip);
        }
    }
}
