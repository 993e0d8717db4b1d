namespace YearEndAdjustment.Application.Accounts.Contracts;

/// <summary>
/// The accounts module's door for bulk registration. <see cref="CheckAsync"/> writes nothing, so a caller can refuse
/// a whole file before writing anything; <see cref="ApplyAsync"/> adds the changes to the unit of work (the caller
/// saves) and sends invitations.
/// </summary>
public interface IAccountProvisioning
{
    Task<AccountProvisioningResult> CheckAsync(IReadOnlyList<AccountRequest> requests, CancellationToken cancellationToken);

    Task<AccountProvisioningResult> ApplyAsync(IReadOnlyList<AccountRequest> requests, CancellationToken cancellationToken);
}
