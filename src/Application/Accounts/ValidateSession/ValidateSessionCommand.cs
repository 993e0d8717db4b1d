using Mediator;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Accounts.ValidateSession;

/// <summary>
/// Run on every authenticated request: is this cookie's session still open, for an enabled account of this tenant
/// whose security stamp has not changed? Answers the account's current role and permissions (so a role change
/// applies at once) and records activity for the idle timeout.
/// </summary>
public sealed record ValidateSessionCommand(Guid SessionId, Guid AccountId) : ICommand<SessionState?>, ILeavesReadModels;
