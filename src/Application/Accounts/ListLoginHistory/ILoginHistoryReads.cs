using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.ListLoginHistory;

/// <summary>
/// The sign-in history page's reads, precompiled per provider (ADR 0063): every user can open it from the menu, and its
/// LINQ was compiled anew on each view (a fifth of the page). Tenant-filtered like every read.
/// </summary>
public interface ILoginHistoryReads
{
    /// <summary>The account's login id and display name, or null when the tenant has no such account.</summary>
    Task<AccountName?> AccountAsync(AccountId account, CancellationToken cancellationToken);

    Task<int> CountAsync(AccountId account, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<List<LoginHistoryItemDto>> PageAsync(AccountId account, int skip, int take, CancellationToken cancellationToken);
}

/// <summary>See <see cref="ILoginHistoryReads.AccountAsync"/>.</summary>
public sealed record AccountName(string LoginId, string DisplayName);
