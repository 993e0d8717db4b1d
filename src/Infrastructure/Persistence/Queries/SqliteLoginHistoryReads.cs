using Microsoft.Data.Sqlite;
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
        Task.FromResult(Read<AccountName?>(AccountSql, account, 0, NoPaging, static row =>
        {
            if (!row.Read())
            {
                return null;
            }

            var name = new AccountName(row.GetString(0), row.GetString(1));

            // SingleOrDefault, as the EF read: two rows for one id would be a broken key.
            return row.Read() ? throw new InvalidOperationException("More than one account has this id.") : name;
        }));

    public Task<int> CountAsync(AccountId account, CancellationToken cancellationToken) =>
        Task.FromResult(Read(CountSql, account, 0, NoPaging, static row => row.Read() ? row.GetInt32(0) : 0));

    public Task<List<LoginHistoryItemDto>> PageAsync(AccountId account, int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult(Read(PageSql, account, skip, take, static row =>
        {
            var items = new List<LoginHistoryItemDto>();
            while (row.Read())
            {
                items.Add(new LoginHistoryItemDto(
                    // Stored as EF Core stores a DateTime; read back as UTC, as the context's converter does.
                    DateTime.SpecifyKind(row.GetDateTime(0), DateTimeKind.Utc),
                    row.IsDBNull(1) ? null : row.GetString(1),
                    row.IsDBNull(2) ? null : row.GetString(2),
                    Enum.Parse<SignInOutcome>(row.GetString(3))));
            }

            return items;
        }));

    private T Read<T>(string sql, AccountId account, int skip, int take, Func<SqliteDataReader, T> map)
    {
        // Outside a tenant EF's filter matches nothing; so does the empty id, which no row has.
        return statements.Read(
            sql,
            (Tenant: tenantContext.TenantId?.Value ?? Guid.Empty, Account: account.Value, Skip: skip, Take: take, Map: map),
            static (bind, a) =>
            {
                bind.Id("$tenant", a.Tenant);
                bind.Id("$account", a.Account);
                if (a.Take >= 0)
                {
                    bind.Int("$take", a.Take);
                    bind.Int("$skip", a.Skip);
                }
            },
            static (row, a) => a.Map(row));
    }
}
