namespace YearEndAdjustment.Application.Accounts.ManageAccount;

/// <summary><see cref="InitialPassword"/> only for <see cref="AccountAction.IssueInitialPassword"/>, shown once.</summary>
public sealed record ManageAccountResult(Guid AccountId, AccountAction Action, string? InitialPassword);
