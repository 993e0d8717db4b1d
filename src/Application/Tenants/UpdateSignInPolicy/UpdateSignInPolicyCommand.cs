using Mediator;

namespace YearEndAdjustment.Application.Tenants.UpdateSignInPolicy;

/// <summary>R-18 and session settings of the tenant.</summary>
public sealed record UpdateSignInPolicyCommand(int LockoutThreshold, int LockoutMinutes, int IdleTimeoutMinutes, bool RequireTwoFactorForAdmins) : ICommand;
