using Mediator;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.CreateAccount;

/// <summary>
/// an admin registers a user ID. With an e-mail address an invitation link is sent; with
/// <see cref="IssueInitialPassword"/> a one-time initial password is returned to hand out, which must be changed at
/// first sign-in.
/// </summary>
public sealed record CreateAccountCommand(
    string LoginId,
    string DisplayName,
    string? Email,
    AccountRole Role,
    Permission Permissions,
    string? Departments,
    bool IssueInitialPassword) : ICommand<CreateAccountResult>;
