using Mediator;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.AssignAccountRole;

/// <summary>R-12: role, permissions (limited admins) and department scope; the account's sessions restart.</summary>
public sealed record AssignAccountRoleCommand(Guid AccountId, AccountRole Role, Permission Permissions, string? Departments) : ICommand<AssignAccountRoleResult>;
