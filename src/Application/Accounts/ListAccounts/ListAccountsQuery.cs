using Mediator;

namespace YearEndAdjustment.Application.Accounts.ListAccounts;

/// <summary>Accounts of the tenant for the admin screen: search by login ID, name or e-mail; 50 a page.</summary>
public sealed record ListAccountsQuery(string? Search, bool IncludeDisabled, int Page = 1) : IQuery<AccountPage>;
