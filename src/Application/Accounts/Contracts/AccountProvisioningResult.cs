namespace YearEndAdjustment.Application.Accounts.Contracts;

/// <summary>What provisioning did (or, when <see cref="Problems"/> is not empty, why it would refuse).</summary>
public sealed record AccountProvisioningResult(int Created, int Invited, int Disabled, IReadOnlyList<AccountRequestProblem> Problems);
