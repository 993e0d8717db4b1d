namespace YearEndAdjustment.Application.Accounts.AssignAccountRole;

public sealed record AssignAccountRoleResult(Guid AccountId, string Role);
