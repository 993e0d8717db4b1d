using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.Contracts;

/// <summary>
/// The accounts module's door for bulk registration. <see cref="CheckAsync"/> and <see cref="DisableableAsync"/>
/// write nothing, so a caller can refuse a whole file (or count what it will do) before writing anything;
/// <see cref="ApplyAsync"/> adds the changes to the unit of work (the caller saves) and sends invitations.
/// </summary>
public interface IAccountProvisioning
{
    Task<AccountProvisioningResult> CheckAsync(IReadOnlyList<AccountRequest> requests, CancellationToken cancellationToken);

    /// <summary>The accounts a leaver in the input would disable, for a preview whose count matches what happens.</summary>
    Task<DisableableAccounts> DisableableAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Hashes the initial passwords of the IDs <see cref="ApplyAsync"/> would create, off the request's thread and
    /// before any write transaction opens (each PBKDF2 hash costs about 0.1 s). Keyed by login ID.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> HashInitialPasswordsAsync(
        IReadOnlyList<AccountRequest> requests, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="requests"/> and disables every enabled account linked to one of <paramref name="leavers"/>
    /// (R-11, whatever columns the input had). <paramref name="passwordHashes"/> from
    /// <see cref="HashInitialPasswordsAsync"/>; a missing one is hashed here.
    /// </summary>
    Task<AccountProvisioningResult> ApplyAsync(
        IReadOnlyList<AccountRequest> requests, IReadOnlyCollection<EmployeeId> leavers,
        IReadOnlyDictionary<string, string>? passwordHashes, CancellationToken cancellationToken);
}
